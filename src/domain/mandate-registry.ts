/*
 * The special-procedures mandates Plenary links resolutions to, and the patterns that link them.
 * A resolution is linked to a mandate when the adopted text's title (or, where the record holds its
 * paragraphs, its text) matches one of the mandate's patterns, within the sessions the pattern
 * names. The link is derived from the record by the projection and re-derived by `verify`; each
 * one cites the pattern it rests on and the resolution's symbol. docs/mandates.md lists them.
 *
 * A title pattern says what the title says, no more: a thematic mandate's resolutions carry the
 * mandate's name ("Mandate of the Special Rapporteur on …"), so a match is a creation or renewal;
 * a country mandate's renewals carry the country's title ("Situation of human rights in Belarus"),
 * which a resolution of the same title and session window that did not renew it would match too.
 */

export type MandateKind = 'thematic' | 'country';

export interface MandatePattern {
  /** Which field the pattern is read against: the text's title, or its paragraphs joined. */
  readonly on: 'title' | 'text';
  readonly pattern: RegExp;
  /** The first and last regular HRC sessions at which a match counts (inclusive; null: no bound). */
  readonly sessions?: readonly [number | null, number | null];
}

export interface MandateDefinition {
  /** The id the record uses (the seed's ids for the mandates it records). */
  readonly id: string;
  readonly title: string;
  readonly kind: MandateKind;
  readonly holderTitle: string;
  /** The usual term of a renewal, in years (thematic 3, country 1: DOMAIN.md). */
  readonly termYears: number;
  readonly patterns: readonly MandatePattern[];
}

/** A text's "extends/renews the mandate of the <holder> on <subject>" in its operative paragraphs. */
const extendsMandate = (subject: string): MandatePattern => ({
  on: 'text',
  pattern: new RegExp(String.raw`\b(?:extend|renew)s?\b[^.;]{0,80}\bmandate of the [^.;]{0,60}?\b${subject}`, 'i'),
});

/** A thematic mandate: a title that names its mandate, or a text that extends it. */
function thematic(
  id: string,
  title: string,
  holderTitle: string,
  subject: string,
  extra: readonly MandatePattern[] = [],
): MandateDefinition {
  return {
    id,
    title,
    kind: 'thematic',
    holderTitle,
    termYears: 3,
    patterns: [
      {
        on: 'title',
        pattern: new RegExp(
          String.raw`\bmandate of (?:the )?(?:Special Rapporteur|Independent Experts?|Working Group(?: of Experts)?|Special Representative of the Secretary-General|Representative of the Secretary-General) (?:on|in the field of|for) (?:the )?${subject}`,
          'i',
        ),
      },
      extendsMandate(subject),
      ...extra,
    ],
  };
}

/** A country mandate: titles its resolutions carry, at the sessions it ran under them. */
function country(
  id: string,
  title: string,
  holderTitle: string,
  titles: ReadonlyArray<readonly [RegExp, number | null, number | null]>,
  subject: string,
): MandateDefinition {
  return {
    id,
    title,
    kind: 'country',
    holderTitle,
    termYears: 1,
    patterns: [
      ...titles.map(([pattern, from, to]): MandatePattern => ({ on: 'title', pattern, sessions: [from, to] })),
      extendsMandate(subject),
    ],
  };
}

const SR = 'Special Rapporteur';
const IE = 'Independent Expert';
const WG = 'Working Group';

/** The mandates covered (docs/mandates.md lists them with what links them). */
export const MANDATES: readonly MandateDefinition[] = [
  // The two the seed records (DOMAIN.md's example and HRC34's foreign debt).
  thematic(
    'human-rights-defenders',
    'Special Rapporteur on the situation of human rights defenders',
    SR,
    'situation of human rights defenders',
  ),
  thematic(
    'foreign-debt',
    'Independent Expert on the effects of foreign debt and other related international financial obligations of States on the full enjoyment of all human rights, particularly economic, social and cultural rights',
    IE,
    'effects of foreign debt',
  ),
  thematic('right-to-food', 'Special Rapporteur on the right to food', SR, 'right to food'),
  thematic(
    'freedom-of-expression',
    'Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression',
    SR,
    String.raw`promotion and protection of the rights? to freedom of opinion and expression`,
  ),
  thematic(
    'torture',
    'Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment',
    SR,
    'torture',
    [
      {
        on: 'title',
        pattern: /^Torture and other cruel, inhuman or degrading treatment or punishment\s*:\s*mandate of/i,
      },
    ],
  ),
  thematic('migrants', 'Special Rapporteur on the human rights of migrants', SR, 'human rights of migrants'),
  thematic(
    'racism',
    'Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related intolerance',
    SR,
    'contemporary forms of racism',
  ),
  thematic('minority-issues', 'Special Rapporteur on minority issues', SR, 'minority issues'),
  thematic(
    'executions',
    'Special Rapporteur on extrajudicial, summary or arbitrary executions',
    SR,
    String.raw`extrajudicial, summary (?:or|and) arbitrary executions`,
  ),
  thematic(
    'independence-of-judges',
    'Special Rapporteur on the independence of judges and lawyers',
    SR,
    String.raw`independence of\s+judges and lawyers`,
  ),
  thematic(
    'internally-displaced-persons',
    'Special Rapporteur on the human rights of internally displaced persons',
    SR,
    'human rights of internally displaced persons',
  ),
  thematic(
    'sexual-orientation-gender-identity',
    'Independent Expert on protection against violence and discrimination based on sexual orientation and gender identity',
    IE,
    'protection against violence and discrimination based on sexual orientation',
  ),
  thematic(
    'indigenous-peoples',
    'Special Rapporteur on the rights of Indigenous Peoples',
    SR,
    String.raw`(?:rights of indigenous peoples|situation of human rights and fundamental freedoms of indigenous people)`,
  ),
  thematic(
    'counter-terrorism',
    'Special Rapporteur on the promotion and protection of human rights and fundamental freedoms while countering terrorism',
    SR,
    'promotion and protection of human rights and fundamental freedoms while countering terrorism',
  ),
  thematic(
    'violence-against-women',
    'Special Rapporteur on violence against women and girls, its causes and consequences',
    SR,
    'violence against women',
  ),
  thematic(
    'sale-of-children',
    'Special Rapporteur on the sale, sexual exploitation and sexual abuse of children',
    SR,
    'sale(?: and sexual exploitation|, sexual exploitation and sexual abuse)? of children',
  ),
  thematic(
    'trafficking',
    'Special Rapporteur on trafficking in persons, especially women and children',
    SR,
    'trafficking in persons',
  ),
  thematic('cultural-rights', 'Special Rapporteur in the field of cultural rights', SR, 'cultural rights'),
  thematic('privacy', 'Special Rapporteur on the right to privacy', SR, 'right to privacy'),
  thematic(
    'albinism',
    'Independent Expert on the enjoyment of human rights by persons with albinism',
    IE,
    'enjoyment of human rights by persons with albinism',
  ),
  thematic(
    'international-order',
    'Independent Expert on the promotion of a democratic and equitable international order',
    IE,
    'promotion of a democratic and equitable international order',
  ),
  thematic(
    'international-solidarity',
    'Independent Expert on human rights and international solidarity',
    IE,
    'human rights and international solidarity',
  ),
  thematic(
    'toxics',
    'Special Rapporteur on the implications for human rights of the environmentally sound management and disposal of hazardous substances and wastes',
    SR,
    String.raw`(?:implications for human rights of the environmentally sound management|adverse effects of the movement and dumping of toxic)`,
  ),
  thematic(
    'people-of-african-descent',
    'Working Group of Experts on People of African Descent',
    WG,
    'People of African Descent',
  ),
  thematic(
    'mercenaries',
    'Working Group on the use of mercenaries as a means of violating human rights and impeding the exercise of the right of peoples to self-determination',
    WG,
    'use of mercenaries',
  ),
  thematic(
    'climate-change',
    'Special Rapporteur on the promotion and protection of human rights in the context of climate change',
    SR,
    'promotion and protection of human rights in the context of climate change',
  ),
  thematic(
    'healthy-environment',
    'Special Rapporteur on the human right to a clean, healthy and sustainable environment',
    SR,
    'human right to a clean, healthy and sustainable environment',
  ),
  thematic(
    'business-and-human-rights',
    'Working Group on the issue of human rights and transnational corporations and other business enterprises',
    WG,
    'issue of human rights and transnational corporations',
  ),
  thematic(
    'discrimination-against-women',
    'Working Group on discrimination against women and girls',
    WG,
    'discrimination against women',
  ),

  // Country mandates renewed since 2006 (each title within the sessions it renewed the mandate under).
  country(
    'myanmar',
    'Special Rapporteur on the situation of human rights in Myanmar',
    SR,
    [
      [/^Mandate of the Special Rapporteur on the situation of human rights in Myanmar$/i, null, null],
      [/^Situation of human rights in Myanmar$/i, null, null],
    ],
    'situation of human rights in Myanmar',
  ),
  country(
    'dprk',
    "Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea",
    SR,
    [[/^(?:The )?situation of human rights in the Democratic People['’]s Republic of Korea$/i, null, null]],
    "situation of human rights in the Democratic People['’]s Republic of Korea",
  ),
  country(
    'iran',
    'Special Rapporteur on the situation of human rights in the Islamic Republic of Iran',
    SR,
    [[/^Situation of human rights in the Islamic Republic of Iran$/i, 16, null]],
    'situation of human rights in the Islamic Republic of Iran',
  ),
  country(
    'belarus',
    'Special Rapporteur on the situation of human rights in Belarus',
    SR,
    [[/^Situation of human rights in Belarus$/i, 20, null]],
    'situation of human rights in Belarus',
  ),
  country(
    'eritrea',
    'Special Rapporteur on the situation of human rights in Eritrea',
    SR,
    [[/^Situation of human rights in Eritrea$/i, 20, null]],
    'situation of human rights in Eritrea',
  ),
  country(
    'burundi',
    'Special Rapporteur on the situation of human rights in Burundi',
    SR,
    [[/^Situation of human rights in Burundi$/i, 48, null]],
    'situation of human rights in Burundi',
  ),
  country(
    'afghanistan',
    'Special Rapporteur on the situation of human rights in Afghanistan',
    SR,
    [[/^Situation of human rights in Afghanistan$/i, 48, null]],
    'situation of human rights in Afghanistan',
  ),
  country(
    'russian-federation',
    'Special Rapporteur on the situation of human rights in the Russian Federation',
    SR,
    [[/^Situation of human rights in the Russian Federation$/i, 51, null]],
    'situation of human rights in the Russian Federation',
  ),
  country(
    'cambodia',
    'Special Rapporteur on the situation of human rights in Cambodia',
    SR,
    [[/^Advisory services and technical assistance for Cambodia$/i, null, null]],
    'situation of human rights in Cambodia',
  ),
  country(
    'somalia',
    'Independent Expert on the situation of human rights in Somalia',
    IE,
    [[/^Assistance to Somalia in the field of human rights$/i, null, null]],
    'situation of human rights in Somalia',
  ),
  country(
    'central-african-republic',
    'Independent Expert on the situation of human rights in the Central African Republic',
    IE,
    [
      [
        /^Technical assistance (?:and capacity-building )?(?:to|in the field of human rights in) the Central African Republic/i,
        24,
        null,
      ],
      [
        /^Assistance technique et renforcement des capacités dans le domaine des droits de l['’]homme en République centrafricaine$/i,
        24,
        null,
      ],
    ],
    'situation of human rights in the Central African Republic',
  ),
  country(
    'mali',
    'Independent Expert on the situation of human rights in Mali',
    IE,
    [
      [/^Assistance to the Republic of Mali in the field of human rights$/i, 22, null],
      [/^Technical assistance and capacity-building for Mali in the field of human rights$/i, 22, null],
      [
        /^Assistance technique et renforcement des capacités dans le domaine des droits de l['’]homme au Mali$/i,
        22,
        null,
      ],
    ],
    'situation of human rights in Mali',
  ),
  country(
    'sudan',
    'Independent Expert on the situation of human rights in the Sudan (Special Rapporteur until 2009)',
    IE,
    [
      [/^Mandate of the Special Rapporteur on the situation of human rights in the Sudan$/i, 6, 11],
      [/^Situation of human rights in the Sudan$/i, 6, 15],
      [
        /^Technical assistance (?:and capacity-building )?(?:for the Sudan|to (?:further )?improve human rights in the Sudan)/i,
        18,
        45,
      ],
    ],
    'situation of human rights in the Sudan',
  ),
  country(
    'haiti',
    'Independent Expert on the situation of human rights in Haiti',
    IE,
    [
      [/^Situation of human rights in Haiti$/i, 6, 34],
      [/^Technical assistance and capacity-building (?:in|for|in human rights in) Haiti$/i, 6, 34],
    ],
    'situation of human rights in Haiti',
  ),
  country(
    'cote-d-ivoire',
    "Independent Expert on capacity-building and technical cooperation with Côte d'Ivoire in the field of human rights",
    IE,
    [
      [/^(?:Technical )?assistance to Côte d['’]Ivoire in the field of human rights$/i, 17, 35],
      [/^Capacity-building and technical cooperation with Côte d['’]Ivoire in the field of human rights$/i, 17, 35],
    ],
    "situation of human rights in Côte d['’]Ivoire",
  ),
  country(
    'burundi-independent-expert',
    'Independent Expert on the situation of human rights in Burundi (2004–2011)',
    IE,
    [[/^Advisory services and technical assistance for Burundi$/i, 6, 16]],
    'situation of human rights in Burundi',
  ),
  country(
    'liberia',
    'Independent Expert on technical cooperation and advisory services in Liberia',
    IE,
    [[/^Advisory services and technical assistance for Liberia$/i, 6, 9]],
    'technical cooperation and advisory services in Liberia',
  ),
];

/** What an adopted text is, as far as linking needs it. */
export interface AdoptedText {
  /** The text's own symbol (A/HRC/RES/34/5, A/HRC/PRST/6/1). */
  readonly resolution: string;
  /** The draft it was adopted from (its own symbol when the record knows no draft). */
  readonly draft: string;
  readonly body: string;
  readonly session: string | null;
  readonly title: string;
  /** The paragraphs as tabled, where the record holds them. */
  readonly paragraphs: readonly string[] | null;
}

/** A derived link: `resolution` created or renewed `mandate`, as `pattern` matched on `basis`. */
export interface MandateLink {
  readonly mandate: string;
  readonly resolution: string;
  readonly draft: string;
  readonly basis: 'title' | 'text';
  /** The pattern's source, as cited. */
  readonly pattern: string;
  /** The words it matched. */
  readonly matched: string;
}

/** The regular session's number, or null (a special session, or none named). */
function regularSession(session: string | null): number | null {
  return session && /^\d+$/.test(session) ? Number(session) : null;
}

/**
 * The mandates an adopted text of the Human Rights Council creates or renews, as its title or text
 * says, each once (by its first pattern that matches: a title before a text). A text of a special
 * session, of another body, or with a session outside a pattern's window matches nothing there.
 */
export function mandateLinksOf(text: AdoptedText): MandateLink[] {
  if (text.body !== 'HRC') return [];
  const session = regularSession(text.session);
  const title = text.title.replace(/\s+/g, ' ').trim();
  const body = text.paragraphs?.join('\n') ?? null;
  const links: MandateLink[] = [];
  for (const mandate of MANDATES) {
    for (const p of mandate.patterns) {
      if (p.sessions) {
        const [from, to] = p.sessions;
        if (session === null || (from !== null && session < from) || (to !== null && session > to)) continue;
      } else if (session === null) continue;
      const field = p.on === 'title' ? title : body;
      const m = field === null ? null : p.pattern.exec(field);
      if (!m) continue;
      links.push({
        mandate: mandate.id,
        resolution: text.resolution,
        draft: text.draft,
        basis: p.on,
        pattern: p.pattern.source,
        matched: m[0],
      });
      break;
    }
  }
  return links;
}

/** The mandate a registry id names, if any. */
export function mandateDefinition(id: string): MandateDefinition | undefined {
  return MANDATES.find((m) => m.id === id);
}

/** A regular symbol of an adopted text of the Council (A/HRC/RES/34/5, A/HRC/PRST/6/1). */
const TEXT_SYMBOL = /^A\/HRC\/(?:RES|PRST)\/(?:S-)?\d+\/\d+$/;

/**
 * The adopted text a decision makes of a draft: its resolution symbol as adopted, or the draft's own
 * where the record knows the text only by it; null where the draft was not adopted or no symbol of
 * an adopted text is known.
 */
export function adoptedTextOf(
  decision: { readonly outcome: string; readonly adoptedAs: string | null },
  draft: {
    readonly symbol: string;
    readonly body: string;
    readonly session: string | null;
    readonly title: string;
    readonly paragraphs: ReadonlyArray<{ readonly text: string }> | null;
  },
): AdoptedText | null {
  if (decision.outcome !== 'adopted' && decision.outcome !== 'adoptedWithoutVote') return null;
  const resolution = decision.adoptedAs ?? (TEXT_SYMBOL.test(draft.symbol) ? draft.symbol : null);
  if (!resolution) return null;
  return {
    resolution,
    draft: draft.symbol,
    body: draft.body,
    session: draft.session,
    title: draft.title,
    paragraphs: draft.paragraphs?.map((p) => p.text) ?? null,
  };
}
