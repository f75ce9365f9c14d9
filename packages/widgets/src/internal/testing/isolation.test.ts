/**
 * Each browser test file starts with an empty sessionStorage: the runner reuses tabs between files, and
 * what one file left there (a join draft, a help-desk draft) would change what the next file's widgets
 * show. This file leaves an item behind on purpose, so a run that does not clear it fails here the
 * next time a file in the same tab checks (`npm run test:browser:twice` runs this file twice).
 */
import { expect } from '@open-wc/testing';

describe('a browser test file stands alone', () => {
  it('starts with an empty sessionStorage, whatever ran before it in the tab', () => {
    expect(sessionStorage.length).to.equal(0);
    sessionStorage.setItem('unionkit:test:left-behind', '1');
  });
});
