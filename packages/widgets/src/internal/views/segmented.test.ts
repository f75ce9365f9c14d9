// The tabs that switch a widget's views: what a screen reader is told (tablist, tab, aria-selected),
// the Tab order (only the selected tab), arrows / Home / End moving focus without switching, and
// Enter, Space or a tap switching.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { segmented } from './segmented.js';

type View = 'list' | 'map' | 'mine';

async function mount(selected: View = 'list') {
  const el = await fixture<HTMLDivElement>(html`<div></div>`);
  const chosen: View[] = [];
  const paint = (now: View) =>
    render(
      segmented<View>({
        label: '视图',
        part: 'views',
        selected: now,
        segments: [
          { value: 'list', label: '列表' },
          { value: 'map', label: '地图' },
          { value: 'mine', label: '我的' },
        ],
        onSelect: (v) => {
          chosen.push(v);
          paint(v);
        },
      }),
      el,
    );
  paint(selected);
  const tabs = () => [...el.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const tab = (label: string) => tabs().find((t) => t.textContent!.trim() === label)!;
  const selectedLabels = () => tabs().filter((t) => t.getAttribute('aria-selected') === 'true').map((t) => t.textContent!.trim());
  return { el, chosen, tabs, tab, selectedLabels };
}

describe('segmented (the tabs of a widget view)', () => {
  it('is a labelled tablist whose selected tab alone says aria-selected and is in the Tab order', async () => {
    const { el, tabs, selectedLabels } = await mount('map');
    const list = el.querySelector('[role="tablist"]')!;
    expect(list.getAttribute('aria-label')).to.equal('视图');
    expect(list.getAttribute('part')).to.equal('views');
    expect(tabs()).to.have.length(3);
    expect(selectedLabels()).to.deep.equal(['地图']);
    expect(tabs().map((t) => t.tabIndex)).to.deep.equal([-1, 0, -1]);
    await expect(el).to.be.accessible();
  });

  it('moves focus with the arrow keys, Home and End (wrapping), and switches only on Enter or Space', async () => {
    const { chosen, tab, selectedLabels } = await mount('list');
    tab('列表').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(document.activeElement).to.equal(tab('地图'));
    expect(chosen, 'focus alone switches nothing').to.deep.equal([]);
    expect(selectedLabels()).to.deep.equal(['列表']);
    await sendKeys({ press: 'End' });
    expect(document.activeElement).to.equal(tab('我的'));
    await sendKeys({ press: 'ArrowRight' });
    expect(document.activeElement, 'wraps to the first').to.equal(tab('列表'));
    await sendKeys({ press: 'ArrowLeft' });
    expect(document.activeElement, 'wraps to the last').to.equal(tab('我的'));
    await sendKeys({ press: 'Home' });
    expect(document.activeElement).to.equal(tab('列表'));
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    expect(chosen).to.deep.equal(['map']);
    expect(selectedLabels()).to.deep.equal(['地图']);
    expect(tab('地图').tabIndex).to.equal(0);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: ' ' });
    expect(chosen).to.deep.equal(['map', 'mine']);
    expect(selectedLabels()).to.deep.equal(['我的']);
  });

  it('switches on a tap', async () => {
    const { chosen, tab, selectedLabels } = await mount('list');
    tab('我的').click();
    expect(chosen).to.deep.equal(['mine']);
    expect(selectedLabels()).to.deep.equal(['我的']);
  });
});
