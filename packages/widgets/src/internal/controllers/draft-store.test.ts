import { expect } from '@open-wc/testing';
import { DraftStore } from './draft-store.js';

interface Form {
  step: string;
  fullName: string;
  idNumber: string;
  district: string;
}

const KEY = 'unionkit:test:draft-store';
const store = (ttlMs = 60_000, version = 1) => new DraftStore<Form>(KEY, { never: ['fullName', 'idNumber'], ttlMs, version });
const form: Form = { step: 'organisation', fullName: '王小明', idNumber: '310104199203150418', district: '310104' };

describe('DraftStore', () => {
  beforeEach(() => sessionStorage.removeItem(KEY));
  after(() => sessionStorage.removeItem(KEY));

  it('keeps the form over a reload, never the fields that identify the worker', () => {
    store().save(form);
    const raw = sessionStorage.getItem(KEY)!;
    expect(raw).to.not.contain('王小明');
    expect(raw).to.not.contain('310104199203150418');
    // A reload: another store, the same tab.
    expect(store().load()).to.deep.equal({ step: 'organisation', district: '310104' });
  });

  it('ignores personal fields a tampered storage holds', () => {
    sessionStorage.setItem(KEY, JSON.stringify({ v: 1, savedAt: Date.now(), district: '310104', fullName: '王小明' }));
    expect(store().load()).to.deep.equal({ district: '310104' });
  });

  it('drops a draft that is too old, of another version or unreadable', () => {
    sessionStorage.setItem(KEY, JSON.stringify({ v: 1, savedAt: Date.now() - 120_000, district: '310104' }));
    expect(store().load(), 'too old').to.equal(undefined);
    expect(sessionStorage.getItem(KEY), 'and forgotten').to.equal(null);
    store(60_000, 2).save(form);
    expect(store(60_000, 1).load(), 'another version').to.equal(undefined);
    sessionStorage.setItem(KEY, '{not json');
    expect(store().load(), 'unreadable').to.equal(undefined);
    sessionStorage.setItem(KEY, '[1,2]');
    expect(store().load(), 'not an object').to.equal(undefined);
  });

  it('loses nothing but the draft when storage is off', () => {
    const off = new DraftStore<Form>(KEY, {
      never: [],
      ttlMs: 60_000,
      storage: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(() => off.save(form)).to.not.throw();
    expect(off.load()).to.equal(undefined);
    expect(() => off.clear()).to.not.throw();
  });
});
