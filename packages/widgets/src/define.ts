/** Registers every UnionKit element. `import '@unionkit/widgets/define.js'`. */
import './define/provider.js';
import './define/membership-join.js';
import './define/insurance-enrol.js';
import './define/service-map.js';
import './define/event-signup.js';
import './define/job-listings.js';
import './define/help-desk.js';
