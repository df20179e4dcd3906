/**
 * Thrown inside the pinned-context converter when a document uses something it does not model; the caller
 * catches it and hands the document to jsonld.js instead, so every error and edge case keeps jsonld.js's
 * exact behaviour. Never escapes the converter.
 */
export class UnsupportedJsonLd extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnsupportedJsonLd';
  }
}

/** Stops the converter: `reason` says what it met that it does not model. */
export function unsupported(reason: string): never {
  throw new UnsupportedJsonLd(reason);
}
