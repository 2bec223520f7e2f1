/**
 * A value built the first time it is used rather than when its module is evaluated: the web build
 * wraps each of the contracts' schemas in one (scripts/vite-deferred-contracts.ts), so that a
 * page load builds only the schemas it parses with, and builds them when an answer arrives, not
 * inside the long task that evaluates the app's code. The server builds its contracts as written.
 *
 * The stand-in forwards everything to the value: zod's parsing, `extend`, `nullable`, `shape`,
 * `instanceof`, spreading a group of fields. Methods are called on the value itself (bound), so
 * zod sees its own schema as `this`, as it would without the stand-in.
 */
export function deferred<Value extends object>(build: () => Value): Value {
  let value: Value | undefined;
  const real = (): Value => {
    value ??= build();
    return value;
  };
  const boundMethods = new Map<PropertyKey, { method: unknown; bound: unknown }>();
  const handler: ProxyHandler<object> = {
    get(_, key) {
      const property: unknown = Reflect.get(real(), key);
      if (typeof property !== 'function') return property;
      let cached = boundMethods.get(key);
      if (cached?.method !== property) {
        cached = { method: property, bound: property.bind(real()) };
        boundMethods.set(key, cached);
      }
      return cached.bound;
    },
    set: (_, key, newValue) => Reflect.set(real(), key, newValue),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor(_, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // A proxy may not report a property as non-configurable that its (empty) target lacks.
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(real(), key),
  };
  return new Proxy({}, handler) as Value;
}
