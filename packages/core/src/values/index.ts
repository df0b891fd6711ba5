export * from './school-calendar';
export * from './timescale';
export * from './money';
export * from './indicator-value';
