import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);

// src/shared/errors.ts
var UserError = class extends Error {
  name = "UserError";
  constructor(message) {
    super(oneLine(message));
  }
};
function oneLine(message, max = 500) {
  const flat = message.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
function describeError(error) {
  if (error instanceof UserError) return error.message;
  if (error instanceof Error) return oneLine(`${error.name}: ${error.message}`);
  return oneLine(String(error));
}

export {
  UserError,
  oneLine,
  describeError
};
//# sourceMappingURL=chunk-KSCSTK54.js.map
