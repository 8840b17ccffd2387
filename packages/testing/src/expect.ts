// The contract suite is written against @open-wc/testing's `expect`, which is chai's. Outside the
// browser the package bundles chai itself in its place.
export { expect } from 'chai';
