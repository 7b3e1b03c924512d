// The outline model's public face; see model.ts for the API.

export * from './model';
export { parseMarker, CANONICAL_MARK } from './markers';
export { enumerationMarkerAt, findEnumerationMarkers } from './enumerations';
export { canonicalMarker, renumberEdits } from './writing';
