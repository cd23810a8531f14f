import { exampleHandoff } from '../../__testUtils__/handoffs';
import {
  EMPTY_DRAFT,
  contentOf,
  draftFromHandoff,
  editRequestOf,
  linesOf,
  openRequestOf,
} from './handoffDraft';

describe('the handoff form', () => {
  it('reads one item per line, blank lines and spaces dropped', () => {
    expect(linesOf(' a \n\n b\n  ')).toEqual(['a', 'b']);
  });

  it.each([
    ['not documented', { none: false, text: '' }, undefined, null],
    ['explicitly none', { none: true, text: 'ignored' }, [], []],
    ['listed', { none: false, text: 'x\ny' }, ['x', 'y'], ['x', 'y']],
  ])('sends known issues %s', (_, knownIssues, sent, read) => {
    const draft = {
      ...EMPTY_DRAFT,
      to: 'api_developer',
      title: ' T ',
      knownIssues,
    };
    expect(openRequestOf(draft).content?.knownIssues).toEqual(sent);
    expect(contentOf(draft).knownIssues).toEqual(read);
  });

  it('opens with only what was given, artifact rows without a path left out', () => {
    expect(
      openRequestOf({
        ...EMPTY_DRAFT,
        to: 'api_developer',
        title: ' VPC ',
        artifacts: [
          { path: ' a.tf ', type: 'code', status: 'final' },
          { path: ' ', type: 'doc', status: 'draft' },
        ],
      }),
    ).toEqual({
      to: 'api_developer',
      title: 'VPC',
      content: {
        completedWork: [],
        artifacts: [{ path: 'a.tf', type: 'code', status: 'final' }],
        successCriteria: [],
        notes: '',
      },
    });
  });

  it('round-trips a stored handoff through the edit form', () => {
    const handoff = exampleHandoff({ version: 3 });
    const edit = editRequestOf(draftFromHandoff(handoff), 3);
    expect(edit).toEqual({
      title: handoff.title,
      content: {
        completedWork: handoff.content.completedWork,
        artifacts: handoff.content.artifacts,
        knownIssues: [],
        dependencies: handoff.content.dependencies,
        successCriteria: handoff.content.successCriteria,
        notes: '',
      },
      attest: handoff.attested,
      version: 3,
    });
  });
});
