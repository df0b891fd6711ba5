// `@council-plans/core/testing`: the test harness (dist/testing.js).
module.exports = require('./dist/testing');
