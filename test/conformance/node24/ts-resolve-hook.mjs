// Module-resolution hook: a relative `./x.js` that does not exist resolves to `./x.ts`, so node 24
// can run policy-gate's TypeScript sources (NodeNext `.js` specifiers) with --experimental-transform-types.
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !specifier.startsWith('.') || !specifier.endsWith('.js'))
      throw error;
    return next(`${specifier.slice(0, -3)}.ts`, context);
  }
}
