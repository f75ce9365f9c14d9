/** Registers `<union-job-listings>`. Import for its side effect: `import '@unionkit/widgets/job-listings.js'`. */
import { UnionJobListings } from '../job-listings/job-listings.js';

export { UnionJobListings };

if (!customElements.get('union-job-listings')) customElements.define('union-job-listings', UnionJobListings);

declare global {
  interface HTMLElementTagNameMap {
    'union-job-listings': UnionJobListings;
  }
}
