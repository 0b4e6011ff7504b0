// Bytes of an input file → text. The decoder itself is browser-safe and lives with the other
// byte readers in src/formats/decode.ts (the web page uses it too); this keeps the CLI's import.
export { declaredCharset, decodeText } from '../formats/decode.js';
