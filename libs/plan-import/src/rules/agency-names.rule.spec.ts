import { guessAgencyKind, looksLikeList, splitAgencyList } from './agency-names.rule';

describe('splitAgencyList', () => {
  const known = new Set([
    'northshire police',
    'smith, jones and partners',
    'sandmoor metropolitan borough council',
    'westmere police',
    'safeguarding adults and children board',
    'black country integrated care board',
    'westmere fire & rescue service',
  ]);
  const isKnown = (name: string) => known.has(name.toLowerCase());

  it.each([
    ['Police; Fire |Health\nCharity;;', ['Police', 'Fire', 'Health', 'Charity']],
    ['Police, Fire', ['Police', 'Fire']],
    ['Smith, Jones and Partners; Northshire Police', ['Smith, Jones and Partners', 'Northshire Police']],
    ['Sandmoor Metropolitan Borough Council / Westmere Police', ['Sandmoor Metropolitan Borough Council', 'Westmere Police']],
    [
      'Sandmoor Metropolitan Borough Council / Westmere Police / Black Country Integrated Care Board',
      ['Sandmoor Metropolitan Borough Council', 'Westmere Police', 'Black Country Integrated Care Board'],
    ],
    ['Sandmoor Metropolitan Borough Council/Westmere Police', ['Sandmoor Metropolitan Borough Council', 'Westmere Police']],
    ['Westmere Police & Sandmoor Metropolitan Borough Council', ['Westmere Police', 'Sandmoor Metropolitan Borough Council']],
    ['Westmere Police and Black Country Integrated Care Board', ['Westmere Police', 'Black Country Integrated Care Board']],
    ['Safeguarding Adults and Children Board', ['Safeguarding Adults and Children Board']],
    ['Safeguarding Adults and Children Board and Westmere Police', ['Safeguarding Adults and Children Board', 'Westmere Police']],
    ['Westmere Fire & Rescue Service / Westmere Police', ['Westmere Fire & Rescue Service', 'Westmere Police']],
    // Unknown names keep their "and" / "&": only known names are cut apart there.
    ['Hope for Justice and Westmere Police', ['Hope for Justice and Westmere Police']],
    ['Trading Standards & Licensing', ['Trading Standards & Licensing']],
    // Slashes and commas always separate, known or not.
    ['Hope for Justice / Westmere Police', ['Hope for Justice', 'Westmere Police']],
    ['Hope for Justice, Salvation Army', ['Hope for Justice', 'Salvation Army']],
    ['Westmere Police,\nSandmoor Metropolitan Borough Council', ['Westmere Police', 'Sandmoor Metropolitan Borough Council']],
    ['  ', []],
  ])('%j is %j', (text, names) => {
    expect(splitAgencyList(text, isKnown)).toEqual(names);
  });
});

describe('splitAgencyList on a very long list', () => {
  it('still separates on commas', () => {
    const names = Array.from({ length: 60 }, (_, i) => `Agency ${i}`);
    expect(splitAgencyList(names.join(', '), () => false)).toEqual(names);
  });
});

describe('looksLikeList', () => {
  it.each([
    ['Council / Police', true],
    ['Police and Fire', true],
    ['Police & Fire', true],
    ['Police, Fire', true],
    ['Hope for Justice Sandmoor', false],
    ['Westmere Police', false],
  ])('%j: %s', (name, list) => {
    expect(looksLikeList(name)).toBe(list);
  });
});

describe('guessAgencyKind', () => {
  it.each([
    ['Northshire Police', 'POLICE'],
    ['Westmere Constabulary', 'POLICE'],
    ['Northshire Fire and Rescue Service', 'FIRE'],
    ['NHS Northshire Integrated Care Board', 'HEALTH'],
    ['Black Country Integrated Care Board', 'HEALTH'],
    ['Sandmoor ICB', 'HEALTH'],
    ['Sandmoor Teaching Hospitals NHS Foundation Trust', 'HEALTH'],
    ['Westmere Community Healthcare Trust', 'HEALTH'],
    ['Sandmoor Partnership Trust', 'HEALTH'],
    ['Royal Westmere Hospital', 'HEALTH'],
    ['Sandmoor GP Federation', 'HEALTH'],
    ['Probation Service – Northshire Delivery Unit', 'PROBATION'],
    ['Westbrook District Council', 'COUNCIL'],
    ['Sandmoor Metropolitan Borough Council', 'COUNCIL'],
    ['Northshire Schools and Colleges Safeguarding Partnership', 'EDUCATION'],
    ['Sandmoor College', 'EDUCATION'],
    ['University of Westmere', 'EDUCATION'],
    ['Safe Passage Northshire', 'VOLUNTARY'],
    ['Hope for Justice Sandmoor', 'VOLUNTARY'],
    ['The Salvation Army', 'VOLUNTARY'],
    ["Barnardo's", 'VOLUNTARY'],
    ['Barnardo’s Sandmoor', 'VOLUNTARY'],
    ['Sandmoor Refugee Charity', 'VOLUNTARY'],
    ['Westmere Community Foundation', 'VOLUNTARY'],
    ['Sandmoor Council for Voluntary Service', 'VOLUNTARY'],
    ['Northshire Business Network', 'BUSINESS'],
    ['Gangmasters and Labour Abuse Authority', 'OTHER'],
  ])('%s is %s', (name, kind) => {
    expect(guessAgencyKind(name).kind).toBe(kind);
  });
  it('says when nothing in the name suggested the kind', () => {
    expect(guessAgencyKind('Safeguarding Adults and Children Board')).toEqual({ kind: 'OTHER', guessed: false });
    expect(guessAgencyKind('Westmere Police')).toEqual({ kind: 'POLICE', guessed: true });
  });
});
