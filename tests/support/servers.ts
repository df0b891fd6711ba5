// The test harness is core's (`@council-plans/core/testing`): the same one the plugins'
// own tests use. Shared suites import it from here.
export * from '@council-plans/core/testing';
