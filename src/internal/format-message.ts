/** Fills `{name}` placeholders from params; arrays are joined with ", ". Unknown placeholders stay as they are. */
export function formatMessage(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    if (Array.isArray(value)) return value.map((v) => String(v)).join(', ');
    return String(value);
  });
}
