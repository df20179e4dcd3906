// Compiles the model's JSON Schema (draft 2020-12, as src/json-schema builds it from the zod model) into a
// standalone TypeScript predicate: src/model/generated/is-micro-credential.ts. The predicate answers "would
// the strict model accept this?" with straight-line code and no allocation, so the verifier and the signer can
// validate a credential once, cheaply, and leave zod to explain a rejection. It must never accept what the
// zod model rejects: test/model/is-micro-credential.prop.test.ts checks that differentially, and
// test/model/generated-validator.test.ts that the committed file is this script's output.
//
// Usage: npm run validator (builds, then writes the file)
import { writeFileSync } from 'node:fs';

const OUTPUT = 'src/model/generated/is-micro-credential.ts';
/** The model's shared rules that other modules check on their own (export name → name under `$defs`). */
export const DEF_EXPORTS = { isUri: 'Uri', isDateTime: 'DateTime' };
/** Member lists exported for code that must not load the zod model (export name → name under `$defs`). */
export const KEY_EXPORTS = { MICRO_CREDENTIAL_KEYS: 'MicroCredential' };
/** Vocabulary rules the library already implements, used as they are (name under `$defs` → predicate). */
export const DEF_IMPORTS = {
  CountryCode: { name: 'isCountryCode', from: '../../vocab/countries.js' },
  IscedFCode: { name: 'isIscedFCode', from: '../../vocab/isced-f.js' },
  LanguageTag: { name: 'isLanguageTag', from: '../../vocab/language-tag.js' },
};

/** Keywords that only annotate. */
const ANNOTATIONS = new Set(['title', 'description', '$schema', '$id', '$comment', 'examples', 'default']);
/** Keywords this compiler implements; any other keyword stops the generation rather than being ignored. */
const KEYWORDS = new Set([
  'type',
  '$ref',
  'enum',
  'const',
  'pattern',
  'minLength',
  'maxLength',
  'format',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'minProperties',
  'items',
  'minItems',
  'maxItems',
  'anyOf',
  'oneOf',
  'allOf',
  'minimum',
  'maximum',
]);
const FORMATS = new Set(['date']);

/**
 * Returns the TypeScript source of a module exporting `isMicroCredential(value: unknown): boolean` for the
 * JSON Schema `schema` (whose root refers to `$defs`), plus one predicate per entry of `defExports`
 * (export name → name under `$defs`) and, per entry of `keyExports` (export name → name under `$defs`), the
 * member names of that object schema and those it requires, in schema order.
 */
export function compileValidator(
  schema,
  exportName = 'isMicroCredential',
  defExports = {},
  keyExports = {},
  defImports = {},
) {
  const defs = schema.$defs ?? {};
  // An enum written out in place with exactly the values of an imported vocabulary rule (the model spells
  // `z.enum(CODES)` where it does not name the vocabulary's schema) is that rule: the predicate is called rather
  // than a second copy of the list compiled in.
  const enumImports = new Map(
    Object.entries(defImports)
      .filter(([name]) => Array.isArray(defs[name]?.enum))
      .map(([name, imported]) => [JSON.stringify(defs[name].enum), imported.name]),
  );
  const functions = [];
  const constants = [];
  const constantIds = new Map();
  const defNames = new Map();
  const bodies = new Map();
  let counter = 0;

  const constant = (kind, source) => {
    const key = `${kind}:${source}`;
    const known = constantIds.get(key);
    if (known !== undefined) return known;
    const name = `${kind}${constantIds.size}`;
    constantIds.set(key, name);
    constants.push(
      kind === 'R' ? `const ${name} = ${source};` : `const ${name}: ReadonlySet<unknown> = new Set(${source});`,
    );
    return name;
  };

  const defFunction = (ref) => {
    const match = /^#\/\$defs\/([A-Za-z0-9_]+)$/.exec(ref);
    if (match === null || defs[match[1]] === undefined) throw new Error(`Unsupported $ref ${ref}`);
    const name = match[1];
    const imported = defImports[name];
    if (imported !== undefined) {
      defNames.set(name, imported.name);
      return imported.name;
    }
    if (!defNames.has(name)) {
      const fn = `def${name}`;
      defNames.set(name, fn);
      functions.push(emitFunction(fn, defs[name], `#/$defs/${name}`));
    }
    return defNames.get(name);
  };

  /** A function `fn(x: unknown): boolean` for `node`; returns its name. */
  const nodeFunction = (node, where) => {
    if (node.$ref !== undefined && Object.keys(node).every((k) => k === '$ref' || ANNOTATIONS.has(k))) {
      return defFunction(node.$ref);
    }
    // Subschemas that compile to the same checks share one function (the model repeats its string rules).
    const body = statements(node, where);
    const key = body.join('\n');
    const known = bodies.get(key);
    if (known !== undefined) return known;
    counter += 1;
    const fn = `s${counter}`;
    bodies.set(key, fn);
    functions.push(render(fn, body));
    return fn;
  };

  const emitFunction = (fn, node, where) => render(fn, statements(node, where));

  const render = (fn, body) =>
    [`function ${fn}(x: unknown): boolean {`, ...body.map((line) => `  ${line}`), '  return true;', '}'].join('\n');

  /** The checks of one schema node on `x`, each a statement that returns false when `x` fails it. */
  const statements = (node, where) => {
    if (node === true) return [];
    if (node === false) return ['return false;'];
    if (typeof node !== 'object' || node === null) throw new Error(`Bad schema at ${where}`);
    for (const key of Object.keys(node)) {
      if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key) && key !== '$defs') {
        throw new Error(`Unsupported keyword ${key} at ${where}`);
      }
    }
    const out = [];
    if (node.$ref !== undefined) out.push(`if (!${defFunction(node.$ref)}(x)) return false;`);
    if (node.type !== undefined) out.push(`if (!(${typeTest(node.type)})) return false;`);
    // Past a single-type check, the per-type rules need no guard of their own.
    const only = typeof node.type === 'string' ? node.type : undefined;
    const guarded = (type, guard, condition) => (only === type ? condition : `${guard} && (${condition})`);
    if (node.const !== undefined) out.push(`if (x !== ${literal(node.const)}) return false;`);
    if (node.enum !== undefined) {
      for (const v of node.enum)
        if (v === null || typeof v === 'object') throw new Error(`Non-scalar enum at ${where}`);
      const imported = enumImports.get(JSON.stringify(node.enum));
      if (imported !== undefined) out.push(`if (!${imported}(x)) return false;`);
      else if (node.enum.length <= 4)
        out.push(`if (${node.enum.map((v) => `x !== ${literal(v)}`).join(' && ')}) return false;`);
      else out.push(`if (!${constant('E', JSON.stringify(node.enum))}.has(x)) return false;`);
    }
    const stringChecks = [];
    // Lengths in UTF-16 code units, as the zod model counts them (never shorter than the code-point length).
    if (node.minLength !== undefined) stringChecks.push(`x.length < ${node.minLength}`);
    if (node.maxLength !== undefined) stringChecks.push(`x.length > ${node.maxLength}`);
    if (node.pattern !== undefined) stringChecks.push(`!${constant('R', regexLiteral(node.pattern))}.test(x)`);
    if (node.format !== undefined) {
      if (!FORMATS.has(node.format)) throw new Error(`Unsupported format ${node.format} at ${where}`);
      stringChecks.push('!isFullDate(x)');
    }
    if (stringChecks.length > 0)
      out.push(`if (${guarded('string', "typeof x === 'string'", stringChecks.join(' || '))}) return false;`);
    const numberChecks = [];
    if (node.minimum !== undefined) numberChecks.push(`x < ${node.minimum}`);
    if (node.maximum !== undefined) numberChecks.push(`x > ${node.maximum}`);
    if (numberChecks.length > 0)
      out.push(`if (${guarded('number', "typeof x === 'number'", numberChecks.join(' || '))}) return false;`);
    const arrayChecks = [];
    if (node.minItems !== undefined) arrayChecks.push(`x.length < ${node.minItems}`);
    if (node.maxItems !== undefined) arrayChecks.push(`x.length > ${node.maxItems}`);
    if (arrayChecks.length > 0)
      out.push(`if (${guarded('array', 'Array.isArray(x)', arrayChecks.join(' || '))}) return false;`);
    if (node.items !== undefined) {
      if (Array.isArray(node.items)) throw new Error(`Tuple items at ${where}`);
      const item = nodeFunction(node.items, `${where}/items`);
      const loop = `for (const item of x as unknown[]) if (!${item}(item)) return false;`;
      out.push(only === 'array' ? loop : `if (Array.isArray(x)) ${loop}`);
    }
    const objectLines = objectStatements(node, where);
    if (objectLines.length > 0 && only === 'object') out.push(...objectLines);
    else if (objectLines.length > 0) out.push('if (isObject(x)) {', ...objectLines.map((l) => `  ${l}`), '}');
    if (node.allOf !== undefined) {
      for (const [i, sub] of node.allOf.entries()) {
        out.push(`if (!${nodeFunction(sub, `${where}/allOf/${i}`)}(x)) return false;`);
      }
    }
    if (node.anyOf !== undefined) {
      const branches = node.anyOf.map((sub, i) => `${nodeFunction(sub, `${where}/anyOf/${i}`)}(x)`);
      out.push(`if (!(${branches.join(' || ')})) return false;`);
    }
    if (node.oneOf !== undefined) {
      const branches = node.oneOf.map((sub, i) => `(${nodeFunction(sub, `${where}/oneOf/${i}`)}(x) ? 1 : 0)`);
      out.push(`if (${branches.join(' + ')} !== 1) return false;`);
    }
    return out;
  };

  const objectStatements = (node, where) => {
    const out = [];
    const properties = node.properties ?? {};
    const names = Object.keys(properties);
    if (node.minProperties !== undefined) out.push(`if (countKeys(x) < ${node.minProperties}) return false;`);
    for (const name of node.required ?? []) out.push(`if (x[${literal(name)}] === undefined) return false;`);
    for (const name of names) {
      const fn = nodeFunction(properties[name], `${where}/properties/${name}`);
      out.push(`if (x[${literal(name)}] !== undefined && !${fn}(x[${literal(name)}])) return false;`);
    }
    const extra = node.additionalProperties;
    const keyTest =
      node.propertyNames === undefined ? undefined : nodeFunction(node.propertyNames, `${where}/propertyNames`);
    if (extra !== undefined || keyTest !== undefined) {
      const known = names.length === 0 ? undefined : constant('K', JSON.stringify(names));
      const loop = [];
      if (keyTest !== undefined) loop.push(`if (!${keyTest}(key)) return false;`);
      if (extra === false) {
        loop.push(known === undefined ? 'return false;' : `if (!${known}.has(key)) return false;`);
      } else if (extra !== undefined && extra !== true) {
        const valueTest = nodeFunction(extra, `${where}/additionalProperties`);
        const check = `if (!${valueTest}(x[key])) return false;`;
        loop.push(known === undefined ? check : `if (!${known}.has(key)) { ${check} }`);
      }
      // for-in walks V8's cached key list without allocating an array (an enumerable key inherited from a
      // polluted prototype would be refused as unknown, which only sends the value to the full validation).
      if (loop.length > 0) out.push('for (const key in x) {', ...loop.map((l) => `  ${l}`), '}');
    }
    return out;
  };

  const root = nodeFunction(schema, '#');
  const extra = Object.entries(defExports).map(([name, def]) => [
    `/** Whether the model's ${def} rule accepts \`value\` (compiled from its JSON Schema, like {@link ${exportName}}). */`,
    `export const ${name}: (value: unknown) => boolean = ${defFunction(`#/$defs/${def}`)};`,
    '',
  ]);
  const header = [
    '// Generated by scripts/compile-validator.mjs from the MicroCredential JSON Schema. Do not edit.',
    '// Regenerate with: npm run validator',
    '',
    ...Object.values(defImports)
      .sort((a, b) => a.from.localeCompare(b.from))
      .map(({ name, from }) => `import { ${name} } from '${from}';`),
    ...(Object.keys(defImports).length > 0 ? [''] : []),
    'type JsonObject = Record<string, unknown>;',
    '',
    'function isObject(x: unknown): x is JsonObject {',
    "  return typeof x === 'object' && x !== null && !Array.isArray(x);",
    '}',
    '',
    '/** The number of enumerable keys, counted without allocating. */',
    'function countKeys(x: JsonObject): number {',
    '  let n = 0;',
    '  for (const _ in x) n += 1;',
    '  return n;',
    '}',
    '',
    '/** RFC 3339 full-date with a real calendar day (29 February only in leap years). */',
    'function isFullDate(x: string): boolean {',
    '  const m = /^(\\d{4})-(\\d{2})-(\\d{2})$/.exec(x);',
    '  if (m === null) return false;',
    '  const year = Number(m[1]);',
    '  const month = Number(m[2]);',
    '  const day = Number(m[3]);',
    '  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);',
    '  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];',
    '  return days !== undefined && day >= 1 && day <= days;',
    '}',
  ];
  const doc = [
    '/**',
    ' * Whether the strict model accepts `value`, decided by code compiled from the JSON Schema of the model.',
    ' * It never accepts what the zod model rejects; when it says no, validate with the model for the issues.',
    ' */',
    `export function ${exportName}(value: unknown): boolean {`,
    `  return ${root}(value);`,
    '}',
    ...(extra.length > 0 ? ['', ...extra.flat().slice(0, -1)] : []),
    ...Object.entries(keyExports).flatMap(([name, def]) => {
      const node = defs[def];
      if (node?.type !== 'object' || node.properties === undefined) throw new Error(`${def} is not an object schema`);
      return [
        '',
        `/** The members of the model's ${def}, in schema order. */`,
        `export const ${name}: readonly string[] = ${literal(Object.keys(node.properties))};`,
        '',
        `/** The members the model's ${def} requires. */`,
        `export const REQUIRED_${name}: readonly string[] = ${literal(node.required ?? [])};`,
      ];
    }),
  ];
  return `${[...header, '', ...constants, '', functions.join('\n\n'), '', ...doc].join('\n')}\n`;
}

function typeTest(type) {
  const types = Array.isArray(type) ? type : [type];
  return types
    .map((t) => {
      switch (t) {
        case 'string':
          return "typeof x === 'string'";
        case 'number':
          return "typeof x === 'number' && Number.isFinite(x)";
        case 'integer':
          return 'Number.isInteger(x)';
        case 'boolean':
          return "typeof x === 'boolean'";
        case 'null':
          return 'x === null';
        case 'array':
          return 'Array.isArray(x)';
        case 'object':
          return 'isObject(x)';
        default:
          throw new Error(`Unsupported type ${t}`);
      }
    })
    .join(' || ');
}

function literal(value) {
  return JSON.stringify(value);
}

/** A RegExp literal for a JSON Schema pattern, without flags, as the zod model's own expressions are written. */
function regexLiteral(pattern) {
  const source = new RegExp(pattern).source;
  return `/${source}/`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { toJsonSchema } = await import('../dist/json-schema/index.js');
  const source = compileValidator(
    toJsonSchema('MicroCredential'),
    'isMicroCredential',
    DEF_EXPORTS,
    KEY_EXPORTS,
    DEF_IMPORTS,
  );
  writeFileSync(OUTPUT, source);
  console.log(`wrote ${OUTPUT}`);
}
