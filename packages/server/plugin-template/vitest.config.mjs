// The plugin's tests start real servers over real databases: seconds, not milliseconds.
export default { test: { include: ['tests/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 180_000 } };
