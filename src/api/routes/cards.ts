import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  adoptedWithoutAmendment,
  AdoptedWithoutAmendmentQuery,
} from '../../services/checks/adopted-without-amendment.js';
import { amendmentsDefeated, AmendmentsDefeatedQuery } from '../../services/checks/amendments-defeated.js';
import type { CheckAnswerBase, CheckKind, CheckPorts } from '../../services/checks/common.js';
import { majorityByGroup, MajorityByGroupQuery } from '../../services/checks/majority-by-group.js';
import { majoritySpansGroups, MajoritySpansGroupsQuery } from '../../services/checks/majority-spans-groups.js';
import { votedEvery, VotedEveryQuery } from '../../services/checks/voted-every.js';
import { scorecard, ScorecardQuery, type ScorecardPorts } from '../../services/scorecards.js';
import { checkCard, type CheckItemFacts } from '../../services/share-cards/check-card.js';
import { cardPng, cardSvg, CARD_HEIGHT, CARD_WIDTH, type Card } from '../../services/share-cards/render.js';
import { scorecardCard } from '../../services/share-cards/scorecard-card.js';
import { voteCard } from '../../services/share-cards/vote-card.js';
import type { Store } from '../../store/engine.js';
import { organisationRepository, voteSearch } from '../../store/organisation.repository.js';
import { browseRepository, detailRepository } from '../../store/record.repository.js';
import { get } from '../route.js';
import { answer } from './checks.js';

/**
 * Share cards (docs/civil-society.md): a vote, a scorecard or a claim check as a 1200×630 image,
 * SVG or PNG, drawn on the server. Each card's URL is its JSON's sibling: the same path parameters
 * and the same query (`/api/v1/scorecards?search=…` → `/api/v1/cards/scorecards.png?search=…`),
 * so a card can be linked to, and its refusals are the JSON route's (400 naming the parameter, 404).
 * Answers are kept in the response cache per journal version, like every read.
 */

const FORMATS = ['svg', 'png'] as const;
type Format = (typeof FORMATS)[number];
const MEDIA: Record<Format, string> = { svg: 'image/svg+xml', png: 'image/png' };

const CardImage = z.string().describe(`the card, ${CARD_WIDTH}×${CARD_HEIGHT}`);

const VotePath = z.object({
  id: z.string().regex(/^[\w.-]+$/, 'expected a vote id such as hrc-34-l-42-2017-03-23'),
});

/** The card as the format asks: the SVG as text, or that SVG drawn as a PNG. */
async function sendCard(reply: FastifyReply, card: Card, format: Format): Promise<FastifyReply> {
  const svg = await cardSvg(card);
  if (format === 'svg') return reply.type(`${MEDIA.svg}; charset=utf-8`).send(svg);
  return reply.type(MEDIA.png).send(await cardPng(svg));
}

export function cardRoutes(app: FastifyInstance, store: Store): void {
  const record = detailRepository(store.db);
  const browse = browseRepository(store.db);
  const checkPorts: CheckPorts = { record, browse };
  const scorecardPorts: ScorecardPorts = {
    record,
    browse,
    organisations: organisationRepository(store.db),
    searchVotes: voteSearch(store.db),
  };

  for (const format of FORMATS) {
    get(app, {
      path: `/api/v1/cards/votes/{id}.${format}`,
      tag: 'cards',
      summary: `A recorded vote's share card as ${format.toUpperCase()}: title, outcome, tally bar, the map and the regional groups (when the lists say how each State voted), the source`,
      params: VotePath,
      response: CardImage,
      media: [MEDIA[format]],
      handler: async ({ params, reply }) => sendCard(reply, await voteCard({ record, browse }, params.id), format),
    });

    get(app, {
      path: `/api/v1/cards/scorecards.${format}`,
      tag: 'cards',
      summary: `A scorecard's share card as ${format.toUpperCase()}: what it scores, over which votes, each regional group's score, the States most and least aligned. The query of /api/v1/scorecards`,
      query: ScorecardQuery.omit({ format: true }),
      response: CardImage,
      media: [MEDIA[format]],
      problems: [404],
      handler: async ({ query, reply }) => {
        const card = await answer(reply, () => scorecard(scorecardPorts, query));
        return 'states' in card ? sendCard(reply, scorecardCard(card), format) : card;
      },
    });

    const check = <Q extends z.ZodType>(
      kind: CheckKind,
      query: Q,
      ask: (ports: CheckPorts, q: z.output<Q>) => Promise<CheckAnswerBase<CheckKind, CheckItemFacts>>,
    ) =>
      get(app, {
        path: `/api/v1/cards/checks/${kind}.${format}`,
        tag: 'cards',
        summary: `A claim check's share card as ${format.toUpperCase()}: the claim, the verdict, the votes behind it, the sources. The query of /api/v1/checks/${kind}`,
        query,
        response: CardImage,
        media: [MEDIA[format]],
        problems: [404],
        handler: async ({ query: q, reply }) => {
          const result = await answer(reply, () => ask(checkPorts, q));
          return 'verdict' in result ? sendCard(reply, checkCard(result), format) : result;
        },
      });
    check('adopted-without-amendment', AdoptedWithoutAmendmentQuery, adoptedWithoutAmendment);
    check('amendments-defeated', AmendmentsDefeatedQuery, amendmentsDefeated);
    check('majority-by-group', MajorityByGroupQuery, majorityByGroup);
    check('majority-spans-groups', MajoritySpansGroupsQuery, majoritySpansGroups);
    check('voted-every', VotedEveryQuery, votedEvery);
  }
}
