// Generated from the API's OpenAPI document by scripts/gen-api-types.ts (openapi-typescript). Do not
// edit: change the zod schemas in src/api and run `npx tsx scripts/gen-api-types.ts`.

export interface paths {
    readonly "/api/v1/bodies": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Councils and assemblies in the record, with their sessions */
        readonly get: operations["bodies"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/sessions": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Sessions, newest first */
        readonly get: operations["sessions"];
        readonly put?: never;
        /** Set up a session (the secretariat) */
        readonly post: operations["postSessions"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/sessions/{body}/{session}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A session: its drafts with outcomes, votes and the mandates it renewed */
        readonly get: operations["sessionsBodySession"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/drafts": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Drafts, with their outcome */
        readonly get: operations["drafts"];
        readonly put?: never;
        /** Table a draft for the caller's delegation, its main sponsor; the secretariat assigns the L symbol */
        readonly post: operations["postDrafts"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/drafts/{symbol}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A draft by its symbol (URL-encoded, e.g. A%2FHRC%2F34%2FL.5) or its resolution (34%2F5): sponsors, amendments, votes, outcome, mandate effects */
        readonly get: operations["draftsSymbol"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/outcomes": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Decided drafts and how they were decided, the latest decision first (undated ones last) */
        readonly get: operations["outcomes"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/amendments/{symbol}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** An amendment: proposers, paragraph operations, the amended text as a redline, its vote and fate */
        readonly get: operations["amendmentsSymbol"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/votes": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Recorded votes of one body (the HRC unless body= names another, or all), the latest first (the objects of `plenary votes --json`, each with its id) */
        readonly get: operations["votes"];
        readonly put?: never;
        /** Record the board's result of a recorded vote; a vote that decides the draft decides it (the secretariat) */
        readonly post: operations["postVotes"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/votes/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** One vote in full, with every member and its position; append .csv or .json to download */
        readonly get: operations["votesId"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/states": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** States with their regional group and membership terms */
        readonly get: operations["states"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/states/{code}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A State: terms, the votes it cast and the States it votes with most and least in one body and period (by default the HRC, its latest membership years), drafts it sponsored */
        readonly get: operations["statesCode"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/statements": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Statements: introductions, general comments, explanations of vote */
        readonly get: operations["statements"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/mandates": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Special procedure mandates, each with its latest renewal and whether its term runs */
        readonly get: operations["mandates"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/mandates/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A mandate: creation, renewals and holders in time order */
        readonly get: operations["mandatesId"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/search": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Symbols, titles, States, mandates and the text of paragraphs */
        readonly get: operations["search"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/export/sessions/{body}/{session}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Every vote of a session; append .csv for one row per State and vote */
        readonly get: operations["exportSessionsBodySession"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/export/dump.json": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The whole record as one JSON dump (the journal; `plenary import json` reads it back losslessly) */
        readonly get: operations["exportDumpJson"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/auth/login": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Sign in: sets the session cookie and returns the actor and a CSRF token for writes */
        readonly post: operations["postAuthLogin"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/auth/link": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** What a one-time link (from the secretariat) is for: whose account, a new password or the current one, and the second factor to enrol (its otpauth URI, for the QR code) */
        readonly post: operations["postAuthLink"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/auth/link/accept": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Use a one-time link: set the password (or give the current one, for a second-factor reset) and the code of the authenticator; signs in as POST /api/v1/auth/login does */
        readonly post: operations["postAuthLinkAccept"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/auth/logout": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Sign out: the session cookie stops working */
        readonly post: operations["postAuthLogout"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/auth/me": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Who is signed in (401 when nobody is, or null with ?anonymous=null); with a session cookie, a CSRF token for writes */
        readonly get: operations["authMe"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/auth/accounts": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The accounts, by name (the secretariat) */
        readonly get: operations["authAccounts"];
        readonly put?: never;
        /** Invite a user: creates the account and a one-time link (7 days) with which the user sets a password, and enrols the second factor of a secretariat or President account (the secretariat) */
        readonly post: operations["postAuthAccounts"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/auth/accounts/{name}/reset": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Reset a password or a second factor: the old one stops working and every session ends; a one-time link (24 hours) sets the new one (the secretariat) */
        readonly post: operations["postAuthAccountsNameReset"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/auth/accounts/{name}/disabled": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        /** Disable an account (it cannot sign in; its sessions and tokens stop working at once) or enable it again (the secretariat) */
        readonly put: operations["putAuthAccountsNameDisabled"];
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/auth/accounts/{name}/role": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        /** Change a role (and the delegation of a member or observer): at once for its sessions and tokens; a role that takes a second factor the account lacks comes with a link to enrol it (the secretariat) */
        readonly put: operations["putAuthAccountsNameRole"];
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/auth/sign-ins": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Sign-ins as they happened, the latest first: signed in, refused, throttled or through a link (the secretariat) */
        readonly get: operations["authSignIns"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/events": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * What changes in the record, as it happens (server-sent events)
         * @description A stream (text/event-stream) with one event per act that enters the journal, its `id` the act's seq. Events say what changed, never the data: `act` {seq, kind, body, session, drafts, vote}; `ballot` {seq, vote, voted, …} for a ballot cast on an open vote (never its position); `reset` {seq} when the stream cannot resume where asked (refetch everything). Send `Last-Event-ID` (or `?lastEventId=`) to resume after that seq: the events missed are sent first. A comment line every 15 s keeps it open.
         */
        readonly get: operations["events"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/follows": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** What you follow, each with its Atom feed */
        readonly get: operations["follows"];
        readonly put?: never;
        /** Follow a draft, a State, a mandate, an agenda item, a session or a search (already followed: the same follow) */
        readonly post: operations["postFollows"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/follows/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        readonly post?: never;
        /** Stop following */
        readonly delete: operations["deleteFollowsId"];
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/feed.atom": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** An Atom feed of the acts on what a query names (draft, state, mandate, session, agendaItem, search: one of them), or of a follow (follow=<id>); with none, every act that alerts. No account needed. */
        readonly get: operations["feedAtom"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/webhooks": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Your webhooks: where the alerts of your follows are POSTed */
        readonly get: operations["webhooks"];
        readonly put?: never;
        /** Add a webhook; its signing secret is answered this once */
        readonly post: operations["postWebhooks"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/webhooks/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        readonly post?: never;
        /** Remove a webhook (its waiting deliveries with it) */
        readonly delete: operations["deleteWebhooksId"];
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/webhooks/{id}/enable": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Enable a webhook again after it was disabled: the deliveries it kept are sent */
        readonly post: operations["postWebhooksIdEnable"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/webhooks/{id}/test": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Send a test delivery now (type "test", signed like any other) and answer how it went */
        readonly post: operations["postWebhooksIdTest"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/webhooks/{id}/deliveries": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A webhook's delivery log: its last 100 tries, newest first */
        readonly get: operations["webhooksIdDeliveries"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/email-subscriptions": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Where the alerts of your follows are emailed */
        readonly get: operations["emailSubscriptions"];
        readonly put?: never;
        /** Email the alerts of your follows to an address, each at once or in a daily digest */
        readonly post: operations["postEmailSubscriptions"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/email-subscriptions/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        readonly post?: never;
        /** Remove an email subscription */
        readonly delete: operations["deleteEmailSubscriptionsId"];
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/sessions/{body}/{session}/members": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A session's members (terms covering its days), and the previous session's, to copy */
        readonly get: operations["sessionsBodySessionMembers"];
        readonly put?: never;
        /** Record a State's term on the body (the secretariat) */
        readonly post: operations["postSessionsBodySessionMembers"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/sessions/{body}/{session}/deadlines": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Set or extend a deadline of the session, or of one draft (`draft`) (the secretariat) */
        readonly post: operations["postSessionsBodySessionDeadlines"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/drafts/{symbol}/sponsors": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** The caller's delegation joins the draft as a co-sponsor (`state`, if given, must be it) */
        readonly post: operations["postDraftsSymbolSponsors"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/drafts/{symbol}/sponsors/{state}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        readonly post?: never;
        /** The caller's delegation withdraws its co-sponsorship */
        readonly delete: operations["deleteDraftsSymbolSponsorsState"];
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/drafts/{symbol}/revisions": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Revise a draft (its main sponsors), or register an oral revision as read out (the secretariat: oral, readBy) */
        readonly post: operations["postDraftsSymbolRevisions"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/drafts/{symbol}/withdrawal": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Withdraw a draft (its main sponsors) */
        readonly post: operations["postDraftsSymbolWithdrawal"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/drafts/{symbol}/amendments": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Table an amendment (paragraph operations) for the caller's delegation; the secretariat assigns its L symbol */
        readonly post: operations["postDraftsSymbolAmendments"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/amendments/{symbol}/withdrawal": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Withdraw an amendment (its proposers; rule 124: before voting on it has commenced) */
        readonly post: operations["postAmendmentsSymbolWithdrawal"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/drafts/{symbol}/explanations": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Register the caller's delegation's explanation of vote, before or after the vote (member delegations) */
        readonly post: operations["postDraftsSymbolExplanations"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/drafts/{symbol}/motions/no-action": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Move that no action be taken on the draft (rule 116; member delegations) */
        readonly post: operations["postDraftsSymbolMotionsNoAction"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/drafts/{symbol}/motions/division": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Request a separate vote on parts of the draft (rule 129; member delegations) */
        readonly post: operations["postDraftsSymbolMotionsDivision"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/drafts/{symbol}/motions/recorded-vote": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Request a recorded vote on the draft: it is put to the vote, not adopted without one (member delegations) */
        readonly post: operations["postDraftsSymbolMotionsRecordedVote"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/drafts/{symbol}/take-up": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Take the draft up: it is under consideration (the President) */
        readonly post: operations["postDraftsSymbolTakeUp"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/drafts/{symbol}/voting-order": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The order of votes the rules require on a draft, with the rule that puts each item there */
        readonly get: operations["draftsSymbolVotingOrder"];
        readonly put?: never;
        /** Announce the order of votes: the proposed one, or `order` if it is the one the rules require (the President) */
        readonly post: operations["postDraftsSymbolVotingOrder"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/drafts/{symbol}/vote-preview": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** What recording these figures on an item would decide (the item: `kind`, and {symbol}, the draft or, for kind amendment, the amendment), judged as the write would be, writing nothing: the console asks for confirmation with it (the secretariat) */
        readonly get: operations["draftsSymbolVotePreview"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/votes/{id}/corrections": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Correct the result of a vote entered at the desk: the figures as they should have been entered, why, and who decided it; the original stays in the journal (the secretariat, the President) */
        readonly post: operations["postVotesIdCorrections"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/drafts/{symbol}/adoption": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Declare the draft adopted without a vote; it becomes the next resolution (the President) */
        readonly post: operations["postDraftsSymbolAdoption"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/drafts/{symbol}/dissociations": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record that a State dissociates itself from the consensus (the President) */
        readonly post: operations["postDraftsSymbolDissociations"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/drafts/{symbol}/statements": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record a statement made on the draft (the secretariat) */
        readonly post: operations["postDraftsSymbolStatements"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/sessions/{body}/{session}/members/list": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Check a pasted list of members (ISO3 codes or names, one a line or comma-separated) item by item; with record: true, record all their terms at once, or nothing when any item is refused (the secretariat) */
        readonly post: operations["postSessionsBodySessionMembersList"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/sessions/{body}/{session}/current-vote": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The session's vote taken live most recently (open, closed or cancelled), as GET /api/v1/votes/{id}: what the chamber's board shows */
        readonly get: operations["sessionsBodySessionCurrentVote"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/votes/open": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Open a recorded vote on the next item of the announced order of votes (the President) */
        readonly post: operations["postVotesOpen"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/votes/{id}/ballot": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        /** Cast or change the caller's delegation's ballot (a member delegation's user or token); sealed until the close, the last one counts */
        readonly put: operations["putVotesIdBallot"];
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/votes/{id}/my-ballot": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The caller's delegation's own acknowledged ballot in an open vote (to that delegation alone) */
        readonly get: operations["votesIdMyBallot"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/votes/{id}/close": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Close the vote (the President): every counted ballot revealed; answers the vote as GET /api/v1/votes/{id} */
        readonly post: operations["postVotesIdClose"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/votes/{id}/cancel": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Cancel the open vote, saying why (the President): recorded, it counts nothing */
        readonly post: operations["postVotesIdCancel"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/analysis/agreement": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A State's agreement with every other State, most alike first (`plenary agree --state`): the counts behind each figure, value in percent, null below minVotes */
        readonly get: operations["analysisAgreement"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/analysis/agreement/over-time": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Two States' agreement per session or per year, oldest first (`plenary agree USA ISR`) */
        readonly get: operations["analysisAgreementOverTime"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/analysis/agreement/matrix": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Agreement between every two of a set of States (a regional group, States named, or all), ordered by ideal point on the same votes: for a heatmap (`plenary agree --matrix`) */
        readonly get: operations["analysisAgreementMatrix"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/analysis/cohesion": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A regional group's (or some States') Hix–Noury–Roland agreement index per session, and with votes=true each vote's and who voted against the group's majority (`plenary cohesion`) */
        readonly get: operations["analysisCohesion"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/analysis/ideal-points": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Each State's 1-D ideal point with a 95% interval and the votes behind it, on the whole record or the sessions asked (`plenary ideal`) */
        readonly get: operations["analysisIdealPoints"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/analysis/consensus": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Consensus signals, apart from every vote-based figure (`plenary consensus`): per State, the texts adopted without a vote while a member, joined or dissociated, and its main and co-sponsorships of them; with state, that State against each other (texts both joined, one dissociated, both sponsored). Membership from the record's terms only. Each figure with its denominator; percentages null below minTexts */
        readonly get: operations["analysisConsensus"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/analysis/forecast": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A pending draft's or amendment's forecast (`plenary forecast SUBJECT --json`): each member's probabilities of yes, no and abstain with the ballots they rest on, the outcome's probability and the tally's 90% ranges, the swing States, the model and its training window. 404 when the record has no such text; 409 when it is already decided */
        readonly get: operations["analysisForecast"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/checks/adopted-without-amendment": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Was the draft adopted (with or without a vote) with no amendment adopted? (`plenary check adopted-without-amendment DRAFT`) */
        readonly get: operations["checksAdoptedWithoutAmendment"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/checks/amendments-defeated": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Was every amendment to the draft (by these proposers) rejected, lapsed or withdrawn? Each with its fate and vote */
        readonly get: operations["checksAmendmentsDefeated"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/checks/majority-by-group": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Did a majority of every regional group vote this way (of those voting, present, or all members)? Per vote, per group, with the counts */
        readonly get: operations["checksMajorityByGroup"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/checks/majority-spans-groups": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Did the side that prevailed vote this way, with voters from every regional group? Per vote */
        readonly get: operations["checksMajoritySpansGroups"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/checks/voted-every": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Did the State vote this way on every such vote it could vote on? With the exceptions */
        readonly get: operations["checksVotedEvery"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/cards/votes/{id}.svg": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A recorded vote's share card as SVG: title, outcome, tally bar, the map and the regional groups (when the lists say how each State voted), the source */
        readonly get: operations["cardsVotesIdSvg"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/cards/scorecards.svg": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A scorecard's share card as SVG: what it scores, over which votes, each regional group's score, the States most and least aligned. The query of /api/v1/scorecards */
        readonly get: operations["cardsScorecardsSvg"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/cards/checks/adopted-without-amendment.svg": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A claim check's share card as SVG: the claim, the verdict, the votes behind it, the sources. The query of /api/v1/checks/adopted-without-amendment */
        readonly get: operations["cardsChecksAdoptedWithoutAmendmentSvg"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/cards/checks/amendments-defeated.svg": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A claim check's share card as SVG: the claim, the verdict, the votes behind it, the sources. The query of /api/v1/checks/amendments-defeated */
        readonly get: operations["cardsChecksAmendmentsDefeatedSvg"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/cards/checks/majority-by-group.svg": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A claim check's share card as SVG: the claim, the verdict, the votes behind it, the sources. The query of /api/v1/checks/majority-by-group */
        readonly get: operations["cardsChecksMajorityByGroupSvg"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/cards/checks/majority-spans-groups.svg": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A claim check's share card as SVG: the claim, the verdict, the votes behind it, the sources. The query of /api/v1/checks/majority-spans-groups */
        readonly get: operations["cardsChecksMajoritySpansGroupsSvg"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/cards/checks/voted-every.svg": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A claim check's share card as SVG: the claim, the verdict, the votes behind it, the sources. The query of /api/v1/checks/voted-every */
        readonly get: operations["cardsChecksVotedEverySvg"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/cards/votes/{id}.png": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A recorded vote's share card as PNG: title, outcome, tally bar, the map and the regional groups (when the lists say how each State voted), the source */
        readonly get: operations["cardsVotesIdPng"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/cards/scorecards.png": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A scorecard's share card as PNG: what it scores, over which votes, each regional group's score, the States most and least aligned. The query of /api/v1/scorecards */
        readonly get: operations["cardsScorecardsPng"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/cards/checks/adopted-without-amendment.png": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A claim check's share card as PNG: the claim, the verdict, the votes behind it, the sources. The query of /api/v1/checks/adopted-without-amendment */
        readonly get: operations["cardsChecksAdoptedWithoutAmendmentPng"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/cards/checks/amendments-defeated.png": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A claim check's share card as PNG: the claim, the verdict, the votes behind it, the sources. The query of /api/v1/checks/amendments-defeated */
        readonly get: operations["cardsChecksAmendmentsDefeatedPng"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/cards/checks/majority-by-group.png": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A claim check's share card as PNG: the claim, the verdict, the votes behind it, the sources. The query of /api/v1/checks/majority-by-group */
        readonly get: operations["cardsChecksMajorityByGroupPng"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/cards/checks/majority-spans-groups.png": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A claim check's share card as PNG: the claim, the verdict, the votes behind it, the sources. The query of /api/v1/checks/majority-spans-groups */
        readonly get: operations["cardsChecksMajoritySpansGroupsPng"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/cards/checks/voted-every.png": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A claim check's share card as PNG: the claim, the verdict, the votes behind it, the sources. The query of /api/v1/checks/voted-every */
        readonly get: operations["cardsChecksVotedEveryPng"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/organisations": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Accredited organisations and coalitions */
        readonly get: operations["organisations"];
        readonly put?: never;
        /** Accredit an organisation, or again with its details and accounts as they now stand (the secretariat) */
        readonly post: operations["postOrganisations"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/coalitions": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Form a coalition of accredited organisations, or again with its members as they now stand (the secretariat) */
        readonly post: operations["postCoalitions"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/positions": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Positions as they now stand (each with the ones it revised), on a draft and its amendments or by an organisation */
        readonly get: operations["positions"];
        readonly put?: never;
        /** Publish (or revise) a position of the caller's organisation, or a coalition it is in, on a draft, an amendment or a paragraph (an NGO user) */
        readonly post: operations["postPositions"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/letters": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Joint letters, published ones unless `status=all`: about a draft, addressed to a State, or by an organisation */
        readonly get: operations["letters"];
        readonly put?: never;
        /** Draft a joint letter for the caller's organisation, its first signatory (an NGO user) */
        readonly post: operations["postLetters"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/letters/{id}/signatures": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Sign a joint letter for the caller's organisation (an NGO user) */
        readonly post: operations["postLettersIdSignatures"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/letters/{id}/publication": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Publish a joint letter (a user of the organisation that drafted it) */
        readonly post: operations["postLettersIdPublication"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/organisations/mine": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The organisation the signed-in NGO user acts for (null for anyone else) */
        readonly get: operations["organisationsMine"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/stances": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Statements with a stance: which States spoke for or against a draft and its amendments */
        readonly get: operations["stances"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/scorecards": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A scorecard: each State's votes against an organisation's positions (org), positions given (positions=SYMBOL:yes|no,…) or a search; CSV by format=csv or Accept: text/csv */
        readonly get: operations["scorecards"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/health": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Whether the server answers */
        readonly get: operations["health"];
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/alerts/unsubscribe/{token}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Stop an email subscription with the token of its unsubscribe link (RFC 8058 one-click; no account needed) */
        readonly post: operations["postAlertsUnsubscribeToken"];
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        readonly Problem: {
            readonly type: string;
            readonly title: string;
            readonly status: number;
            readonly detail: string;
            readonly errors?: readonly {
                readonly where: string;
                readonly message: string;
            }[];
        };
        /** @enum {string} */
        readonly RegionalGroup: "AFRICAN" | "APG" | "EEG" | "GRULAC" | "WEOG";
        readonly Tally: {
            readonly yes: number;
            readonly no: number;
            readonly abstain: number;
        };
        readonly BallotLists: {
            readonly yes: readonly string[];
            readonly no: readonly string[];
            readonly abstain: readonly string[];
        };
        readonly Source: {
            readonly id: string;
            readonly title: string;
            readonly url: string | null;
            readonly file: string | null;
        };
        readonly Flag: {
            readonly code: string;
            readonly message: string;
        };
        readonly Paragraph: {
            readonly id: string;
            readonly text: string;
        };
        readonly LiveActor: {
            /** @description the user who took the act */
            readonly user: string;
            /** @description the State the user acted for; null for the secretariat and the President */
            readonly delegation: string | null;
            /** @description member, observer, secretariat or president */
            readonly role: string;
        };
        readonly Stamp: {
            /** @description who took the act live; null for an act recorded from sources (which names its sources instead) */
            readonly actor: components["schemas"]["LiveActor"] | null;
            /** @description when the act was taken live (ISO 8601 date-time); null for an act recorded from sources */
            readonly at: string | null;
        };
        readonly Deadline: {
            /** @description ISO 8601 date-time */
            readonly until: string;
            /**
             * @description set for the whole session, or for this draft alone (over the session's)
             * @enum {string}
             */
            readonly scope: "session" | "draft";
            readonly actor: components["schemas"]["LiveActor"];
            /** @description when it was set (ISO 8601 date-time) */
            readonly at: string;
        };
        /** @description the deadlines in force, each the last one set (an extension replaces it); null where none is set */
        readonly Deadlines: {
            readonly tabling: components["schemas"]["Deadline"] | null;
            readonly cosponsorship: components["schemas"]["Deadline"] | null;
            readonly amendments: components["schemas"]["Deadline"] | null;
        };
        readonly TallyByGroup: {
            readonly AFRICAN: components["schemas"]["Tally"];
            readonly APG: components["schemas"]["Tally"];
            readonly EEG: components["schemas"]["Tally"];
            readonly GRULAC: components["schemas"]["Tally"];
            readonly WEOG: components["schemas"]["Tally"];
            readonly NONE: components["schemas"]["Tally"];
        };
        readonly Telling: {
            readonly id: string;
            readonly date: string | null;
            readonly tally: components["schemas"]["Tally"] | null;
            readonly ballots: components["schemas"]["BallotLists"] | null;
            readonly listsComplete: boolean;
            readonly outcome: ("adopted" | "rejected") | null;
            readonly outcomeBasis: ("stated" | "implied") | null;
            readonly presented: boolean;
            readonly flags: readonly components["schemas"]["Flag"][];
            readonly sources: readonly components["schemas"]["Source"][];
        };
        readonly Discrepancy: {
            /** @enum {string} */
            readonly field: "date" | "tally" | "lists" | "outcome";
            readonly message: string;
            readonly versions: readonly {
                readonly vote: string;
                readonly value: string | null;
            }[];
            /** @description for lists: each State placed differently, and where each telling placed it (null: not listed) */
            readonly states?: readonly {
                readonly state: string;
                readonly positions: readonly (("yes" | "no" | "abstain") | null)[];
            }[];
        };
        readonly VoteResult: {
            readonly tally: components["schemas"]["Tally"];
            readonly requestedBy: string | null;
            readonly outcome: ("adopted" | "rejected") | null;
        };
        readonly Correction: {
            /** @description the correction act, in the journal */
            readonly seq: number;
            /** @description when it was recorded (ISO 8601 date-time) */
            readonly at: string;
            /** @description who recorded it */
            readonly actor: components["schemas"]["LiveActor"];
            /**
             * @description who decided it: the secretariat (a figure mistyped), the President (a ruling), the Council
             * @enum {string}
             */
            readonly decidedBy: "secretariat" | "president" | "council";
            readonly reason: string;
            /** @description the result as it stood before this correction */
            readonly was: components["schemas"]["VoteResult"];
            /** @description the result as this correction made it */
            readonly corrected: components["schemas"]["VoteResult"];
        };
        readonly Vote: {
            readonly id: string;
            readonly body: string;
            readonly session: string | null;
            /** @description symbol of the draft, amendment or resolution voted on */
            readonly subject: string | null;
            /** @description draft, amendment, noAction, part (a separate vote on paragraphs), resolution or other */
            readonly subjectKind: string;
            /** @description the paragraphs of a separate vote (subjectKind "part") */
            readonly subjectParts: readonly string[] | null;
            readonly title: string;
            /** @description YYYY-MM-DD */
            readonly date: string | null;
            readonly requestedBy: string | null;
            /** @description null when the sources give no tally */
            readonly tally: components["schemas"]["Tally"] | null;
            /** @description null when the sources give no country lists */
            readonly ballots: components["schemas"]["BallotLists"] | null;
            readonly listsComplete: boolean;
            /** @description null when the lists are unknown */
            readonly byGroup: components["schemas"]["TallyByGroup"] | null;
            readonly outcome: ("adopted" | "rejected") | null;
            /** @description stated: a source states the outcome; implied: a General Assembly roll call whose count settles it under both the simple and the two-thirds majority (yes ≥ two thirds of yes + no: adopted; yes ≤ no: rejected); null: unknown */
            readonly outcomeBasis: ("stated" | "implied") | null;
            readonly flags: readonly components["schemas"]["Flag"][];
            readonly sources: readonly components["schemas"]["Source"][];
            /** @description whether this telling is the one presented first when several sources tell the vote (see tellings) */
            readonly presented: boolean;
            /** @description the id of the vote's first telling, when this is another source's telling of it */
            readonly tellingOf: string | null;
            /** @description the other sources' tellings of this vote, each as told (empty when one source tells it) */
            readonly tellings: readonly components["schemas"]["Telling"][];
            /** @description how the other tellings differ from this one (date, tally, outcome, lists State by State) */
            readonly discrepancies: readonly components["schemas"]["Discrepancy"][];
            /** @description when this telling gives no lists and another telling that agrees on the tally does: its id (the lists shown are its, and its sources are cited) */
            readonly ballotsFrom: string | null;
            /** @description a result entered at the live desk (the board's figures typed in): one the secretariat may correct */
            readonly enteredAtDesk: boolean;
            /** @description the corrections of a result entered at the desk, oldest first: the tally and outcome shown are the last one's; the original act stays in the journal */
            readonly corrections: readonly components["schemas"]["Correction"][];
        };
        /** @enum {string} */
        readonly MemberPosition: "yes" | "no" | "abstain" | "did not vote" | "unknown";
        readonly Member: {
            readonly state: string;
            readonly name: string;
            readonly group: components["schemas"]["RegionalGroup"] | null;
            readonly position: components["schemas"]["MemberPosition"];
        };
        readonly LiveVote: {
            /** @enum {string} */
            readonly status: "open" | "closed" | "cancelled";
            /** @description how many delegations have voted (never how, while open) */
            readonly voted: number;
            /** @description the members on the day: who may vote */
            readonly members: number | null;
            /** @description when the President opened it (ISO 8601) */
            readonly openedAt: string | null;
            /** @description when it was closed or cancelled (ISO 8601) */
            readonly closedAt: string | null;
            /** @description why the President cancelled it */
            readonly cancelReason: string | null;
            /** @description the result as the President reads it out, once closed */
            readonly readOut: string | null;
        };
        readonly VoteDetail: {
            readonly id: string;
            readonly body: string;
            readonly session: string | null;
            /** @description symbol of the draft, amendment or resolution voted on */
            readonly subject: string | null;
            /** @description draft, amendment, noAction, part (a separate vote on paragraphs), resolution or other */
            readonly subjectKind: string;
            /** @description the paragraphs of a separate vote (subjectKind "part") */
            readonly subjectParts: readonly string[] | null;
            readonly title: string;
            /** @description YYYY-MM-DD */
            readonly date: string | null;
            readonly requestedBy: string | null;
            /** @description null when the sources give no tally */
            readonly tally: components["schemas"]["Tally"] | null;
            /** @description null when the sources give no country lists */
            readonly ballots: components["schemas"]["BallotLists"] | null;
            readonly listsComplete: boolean;
            /** @description null when the lists are unknown */
            readonly byGroup: components["schemas"]["TallyByGroup"] | null;
            readonly outcome: ("adopted" | "rejected") | null;
            /** @description stated: a source states the outcome; implied: a General Assembly roll call whose count settles it under both the simple and the two-thirds majority (yes ≥ two thirds of yes + no: adopted; yes ≤ no: rejected); null: unknown */
            readonly outcomeBasis: ("stated" | "implied") | null;
            readonly flags: readonly components["schemas"]["Flag"][];
            readonly sources: readonly components["schemas"]["Source"][];
            /** @description whether this telling is the one presented first when several sources tell the vote (see tellings) */
            readonly presented: boolean;
            /** @description the id of the vote's first telling, when this is another source's telling of it */
            readonly tellingOf: string | null;
            /** @description the other sources' tellings of this vote, each as told (empty when one source tells it) */
            readonly tellings: readonly components["schemas"]["Telling"][];
            /** @description how the other tellings differ from this one (date, tally, outcome, lists State by State) */
            readonly discrepancies: readonly components["schemas"]["Discrepancy"][];
            /** @description when this telling gives no lists and another telling that agrees on the tally does: its id (the lists shown are its, and its sources are cited) */
            readonly ballotsFrom: string | null;
            /** @description a result entered at the live desk (the board's figures typed in): one the secretariat may correct */
            readonly enteredAtDesk: boolean;
            /** @description the corrections of a result entered at the desk, oldest first: the tally and outcome shown are the last one's; the original act stays in the journal */
            readonly corrections: readonly components["schemas"]["Correction"][];
            /** @description every member on the date (where membership is recorded), else every State listed */
            readonly members: readonly components["schemas"]["Member"][];
            readonly membersKnown: boolean;
            /** @description a vote taken live: open (with the count of delegations that voted, never their positions), closed or cancelled; null for a vote told by a source */
            readonly live: components["schemas"]["LiveVote"] | null;
        };
        readonly VoteList: {
            readonly items: readonly components["schemas"]["Vote"][];
            readonly page: number;
            readonly pageSize: number;
            readonly total: number;
            /** @description the body the votes are of: the one asked, else HRC when the record holds it; null: every body (body=all) */
            readonly body: string | null;
            /** @description what the list covers, in words: "HRC (the default; body=UNGA, CHR, all for others)" */
            readonly covers: string;
        };
        readonly Session: {
            readonly body: string;
            readonly session: string;
            readonly title: string;
            readonly start: string | null;
            readonly end: string | null;
            /** @description its start date, else the last day the record holds a vote or decision of it (a catalogue tells no session dates); sessions are listed newest first by it */
            readonly lastDate: string | null;
        };
        readonly Body: {
            readonly code: string;
            readonly name: string;
            readonly size: number | null;
            readonly votes: number;
            readonly sessions: readonly components["schemas"]["Session"][];
        };
        readonly DraftSummary: {
            readonly symbol: string;
            readonly title: string;
            readonly body: string;
            readonly session: string;
            readonly status: string;
            readonly decidedOn: string | null;
            readonly adoptedAs: string | null;
            /** @description tabled at a live session (not recorded from sources): pending means not yet decided */
            readonly live: boolean;
            /** @description taken up by the President: on the floor */
            readonly takenUp: boolean;
        };
        readonly SessionDetail: {
            readonly body: string;
            readonly session: string;
            readonly title: string;
            readonly start: string | null;
            readonly end: string | null;
            /** @description its start date, else the last day the record holds a vote or decision of it (a catalogue tells no session dates); sessions are listed newest first by it */
            readonly lastDate: string | null;
            /** @description the session's own deadlines (a draft may have its own: see the draft) */
            readonly deadlines: components["schemas"]["Deadlines"];
            readonly drafts: readonly components["schemas"]["DraftSummary"][];
            readonly votes: readonly components["schemas"]["Vote"][];
            /** @description mandates created or renewed by resolutions of the session */
            readonly mandates: readonly {
                readonly mandate: string;
                readonly title: string;
                readonly event: string;
                readonly by: string;
                readonly date: string | null;
                readonly termYears: number | null;
            }[];
        };
        readonly Appended: {
            /** @description the number of the first act appended */
            readonly firstSeq: number;
            readonly lastSeq: number;
            /** @description each act appended, in order */
            readonly acts: readonly {
                readonly seq: number;
                readonly kind: string;
            }[];
        };
        readonly Tabled: {
            /** @description the number of the first act appended */
            readonly firstSeq: number;
            readonly lastSeq: number;
            /** @description each act appended, in order */
            readonly acts: readonly {
                readonly seq: number;
                readonly kind: string;
            }[];
            /** @description the L symbol the secretariat assigned */
            readonly symbol: string;
        };
        readonly SessionCreated: {
            /** @description the number of the first act appended */
            readonly firstSeq: number;
            readonly lastSeq: number;
            /** @description each act appended, in order */
            readonly acts: readonly {
                readonly seq: number;
                readonly kind: string;
            }[];
            readonly body: string;
            readonly session: string;
        };
        readonly SponsorJoined: {
            /** @description the number of the first act appended */
            readonly firstSeq: number;
            readonly lastSeq: number;
            /** @description each act appended, in order */
            readonly acts: readonly {
                readonly seq: number;
                readonly kind: string;
            }[];
            readonly draft: string;
            readonly state: string;
        };
        readonly VoteRecorded: {
            /** @description the number of the first act appended */
            readonly firstSeq: number;
            readonly lastSeq: number;
            /** @description each act appended, in order */
            readonly acts: readonly {
                readonly seq: number;
                readonly kind: string;
            }[];
            /** @description the vote, at /api/v1/votes/{id} */
            readonly id: string;
            /** @description how the draft was decided by this vote, when it was */
            readonly outcome: ("adopted" | "rejected" | "noAction") | null;
            /** @description the resolution the draft became, when adopted */
            readonly adoptedAs: string | null;
            /** @description the result as the President reads it out, with the rule that decided a tie ("The amendment … is rejected by 20 votes to 20, …") */
            readonly readOut: string;
        };
        readonly VoteCorrected: {
            /** @description the number of the first act appended */
            readonly firstSeq: number;
            readonly lastSeq: number;
            /** @description each act appended, in order */
            readonly acts: readonly {
                readonly seq: number;
                readonly kind: string;
            }[];
            /** @description the vote corrected, at /api/v1/votes/{id} */
            readonly vote: string;
            /** @description the figures as corrected */
            readonly tally: {
                readonly yes: number;
                readonly no: number;
                readonly abstain: number;
            };
            /** @description the figures as they stood before this correction */
            readonly was: {
                readonly yes: number;
                readonly no: number;
                readonly abstain: number;
            };
            /**
             * @description the vote's outcome by the corrected figures
             * @enum {string}
             */
            readonly outcome: "adopted" | "rejected";
            /** @description the vote's draft and its status, when the correction re-decided it */
            readonly draft: {
                readonly symbol: string;
                readonly status: string;
            } | null;
        };
        readonly VotePreview: {
            /** @description the item voted on, in words */
            readonly title: string;
            /**
             * @description the item's outcome by these figures
             * @enum {string}
             */
            readonly outcome: "adopted" | "rejected";
            /** @description the draft the result decides, and how; null when the draft stays before the Council */
            readonly decides: {
                readonly symbol: string;
                /** @enum {string} */
                readonly status: "adopted" | "rejected" | "noAction";
            } | null;
            /** @description the resolution the draft would become */
            readonly adoptedAs: string | null;
        };
        readonly Adopted: {
            /** @description the number of the first act appended */
            readonly firstSeq: number;
            readonly lastSeq: number;
            /** @description each act appended, in order */
            readonly acts: readonly {
                readonly seq: number;
                readonly kind: string;
            }[];
            /** @description the resolution symbol (A/HRC/RES/34/5) */
            readonly adoptedAs: string;
        };
        readonly OrderItem: {
            /** @constant */
            readonly kind: "noAction";
            readonly symbol: string;
        } | {
            /** @constant */
            readonly kind: "amendment";
            readonly symbol: string;
        } | {
            /** @constant */
            readonly kind: "part";
            readonly symbol: string;
            readonly parts: readonly string[];
        } | {
            /** @constant */
            readonly kind: "draft";
            readonly symbol: string;
        };
        readonly VotingOrder: {
            readonly draft: string;
            /** @description pending until the draft is decided; no order is proposed after that */
            readonly status: string;
            readonly takenUp: boolean;
            /** @description the order the rules require, first vote first */
            readonly proposed: readonly {
                readonly item: components["schemas"]["OrderItem"];
                /** @description the rule that puts it there */
                readonly rule: string;
            }[];
        };
        readonly ParagraphOp: {
            /** @constant */
            readonly op: "replaceWords";
            readonly paragraph: string;
            readonly find: string;
            readonly with: string;
        } | {
            /** @constant */
            readonly op: "deleteWords";
            readonly paragraph: string;
            readonly find: string;
        } | {
            /** @constant */
            readonly op: "insertWords";
            readonly paragraph: string;
            readonly after: string | null;
            readonly text: string;
        } | {
            /** @constant */
            readonly op: "insertParagraph";
            readonly after: string | null;
            readonly id: string;
            readonly text: string;
        } | {
            /** @constant */
            readonly op: "deleteParagraph";
            readonly paragraph: string;
        } | {
            /** @constant */
            readonly op: "replaceParagraph";
            readonly paragraph: string;
            readonly text: string;
        };
        readonly ParagraphDiff: {
            readonly id: string;
            /** @enum {string} */
            readonly change: "unchanged" | "changed" | "added" | "removed";
            readonly parts: readonly {
                /** @enum {string} */
                readonly kind: "same" | "added" | "removed";
                readonly text: string;
            }[];
        };
        readonly AmendmentSummary: {
            readonly symbol: string;
            readonly draft: string;
            /** @description the order in which the amendments to one draft are voted on (rule 130) */
            readonly rank: number;
            readonly status: string;
            readonly proposers: readonly {
                readonly state: string;
                readonly name: string;
                readonly asWritten: string;
            }[];
            /** @description null where the sources give no wording */
            readonly operations: readonly components["schemas"]["ParagraphOp"][] | null;
            readonly votes: readonly components["schemas"]["Vote"][];
            /** @description who took the act live; null for an act recorded from sources (which names its sources instead) */
            readonly actor: components["schemas"]["LiveActor"] | null;
            /** @description when the act was taken live (ISO 8601 date-time); null for an act recorded from sources */
            readonly at: string | null;
        };
        readonly Motion: {
            /** @enum {string} */
            readonly motion: "noAction" | "division" | "recordedVote";
            readonly proposer: string;
            readonly proposerName: string;
            /** @description the paragraphs of a division; null for a no-action motion or a request for a recorded vote */
            readonly parts: readonly string[] | null;
            readonly status: string;
            /** @description the recorded vote that decided it, when the record has one */
            readonly vote: components["schemas"]["Vote"] | null;
            /** @description who took the act live; null for an act recorded from sources (which names its sources instead) */
            readonly actor: components["schemas"]["LiveActor"] | null;
            /** @description when the act was taken live (ISO 8601 date-time); null for an act recorded from sources */
            readonly at: string | null;
        };
        readonly Sponsor: {
            readonly state: string;
            readonly name: string;
            readonly asWritten: string;
            readonly group: components["schemas"]["RegionalGroup"] | null;
            /** @description main or co */
            readonly role: string;
            /** @description tabling, subsequently or unknown */
            readonly joined: string;
            readonly onBehalfOf: string | null;
            readonly withdrawn: boolean;
            /** @description who took the act live; null for an act recorded from sources (which names its sources instead) */
            readonly actor: components["schemas"]["LiveActor"] | null;
            /** @description when the act was taken live (ISO 8601 date-time); null for an act recorded from sources */
            readonly at: string | null;
            /** @description who withdrew it and when; null while it stands (actor and at null when a source told the withdrawal) */
            readonly withdrawal: components["schemas"]["Stamp"] | null;
        };
        readonly Statement: {
            readonly kind: string;
            readonly state: string | null;
            readonly asWritten: string | null;
            readonly onBehalfOf: string | null;
            readonly date: string | null;
            readonly summary: string | null;
            /** @description which way the State spoke, on the draft or one of its amendments; null where nobody said */
            readonly stance: {
                readonly on: string;
                /** @enum {string} */
                readonly stance: "for" | "against";
            } | null;
            /** @description who took the act live; null for an act recorded from sources (which names its sources instead) */
            readonly actor: components["schemas"]["LiveActor"] | null;
            /** @description when the act was taken live (ISO 8601 date-time); null for an act recorded from sources */
            readonly at: string | null;
        };
        readonly Draft: {
            /** @constant */
            readonly kind: "draft";
            readonly symbol: string;
            readonly body: string;
            readonly session: string;
            readonly title: string;
            readonly agendaItem: string | null;
            /** @description numbered paragraphs as tabled; null where the sources give no text */
            readonly paragraphs: readonly components["schemas"]["Paragraph"][] | null;
            /** @description the text as revised: the revisions' operations applied in order; null where the text or a revision's wording is unknown */
            readonly currentText: readonly components["schemas"]["Paragraph"][] | null;
            readonly status: string;
            /** @description who took the act live; null for an act recorded from sources (which names its sources instead) */
            readonly actor: components["schemas"]["LiveActor"] | null;
            /** @description when the act was taken live (ISO 8601 date-time); null for an act recorded from sources */
            readonly at: string | null;
            /** @description who decided it (adopted, rejected, withdrew it) and when; null while it is pending */
            readonly decision: components["schemas"]["Stamp"] | null;
            /** @description who took it up and when; null until the President does */
            readonly takenUp: components["schemas"]["Stamp"] | null;
            /** @description the deadlines in force for it: its own over its session's */
            readonly deadlines: components["schemas"]["Deadlines"];
            readonly decidedOn: string | null;
            readonly asOrallyRevised: boolean | null;
            readonly adoptedAs: string | null;
            /** @description the resolution number as people say it, e.g. 34/5 */
            readonly adoptedAsShort: string | null;
            readonly sponsors: {
                readonly count: number;
                readonly announced: number | null;
                readonly complete: boolean | null;
                readonly list: readonly components["schemas"]["Sponsor"][];
                /** @description sponsors per regional group (and NONE) */
                readonly byGroup: {
                    readonly [key: string]: number;
                };
            };
            readonly revisions: readonly {
                /** @description oral, written or as the source names it */
                readonly revision: string;
                readonly by: string | null;
                readonly note: string | null;
                /** @description null where the sources give no wording */
                readonly operations: readonly components["schemas"]["ParagraphOp"][] | null;
                /** @description who took the act live; null for an act recorded from sources (which names its sources instead) */
                readonly actor: components["schemas"]["LiveActor"] | null;
                /** @description when the act was taken live (ISO 8601 date-time); null for an act recorded from sources */
                readonly at: string | null;
            }[];
            readonly amendments: readonly components["schemas"]["AmendmentSummary"][];
            /** @description no-action motions (rule 116) and separate votes on parts (rule 129), each with the vote that decided it */
            readonly motions: readonly components["schemas"]["Motion"][];
            /** @description votes on a no-action motion, on parts and on the draft itself (see subjectKind) */
            readonly votes: readonly components["schemas"]["Vote"][];
            /** @description each order of votes the President announced on it, first first (rule 130: the amendments' order is the President's) */
            readonly ordersAnnounced: readonly {
                readonly items: readonly components["schemas"]["OrderItem"][];
                /** @description who took the act live; null for an act recorded from sources (which names its sources instead) */
                readonly actor: components["schemas"]["LiveActor"] | null;
                /** @description when the act was taken live (ISO 8601 date-time); null for an act recorded from sources */
                readonly at: string | null;
            }[];
            /** @description each vote taken at the live desk on it, its amendments and motions, in the order taken */
            readonly votesTaken: readonly {
                readonly id: string;
                readonly item: components["schemas"]["OrderItem"];
                /**
                 * @description recorded from the board by the secretariat, or a vote taken live
                 * @enum {string}
                 */
                readonly status: "recorded" | "open" | "closed" | "cancelled";
                /** @description who took the act live; null for an act recorded from sources (which names its sources instead) */
                readonly actor: components["schemas"]["LiveActor"] | null;
                /** @description when the act was taken live (ISO 8601 date-time); null for an act recorded from sources */
                readonly at: string | null;
                /** @description when the result was known: the close of a live vote, else when recorded */
                readonly decidedAt: string | null;
                /** @description the result as the President reads it out, with the rule that decided a tie */
                readonly readOut: string | null;
            }[];
            readonly statements: readonly components["schemas"]["Statement"][];
            /** @description States that dissociated themselves from consensus (scope: the part of the text, when given) */
            readonly dissociations: readonly {
                readonly state: string;
                readonly name: string;
                readonly scope: string | null;
                /** @description who took the act live; null for an act recorded from sources (which names its sources instead) */
                readonly actor: components["schemas"]["LiveActor"] | null;
                /** @description when the act was taken live (ISO 8601 date-time); null for an act recorded from sources */
                readonly at: string | null;
            }[];
            readonly mandateEffects: readonly {
                readonly mandate: string;
                readonly title: string;
                readonly event: string;
                readonly date: string | null;
                readonly termYears: number | null;
                readonly note: string | null;
            }[];
            readonly flags: readonly components["schemas"]["Flag"][];
            readonly sources: readonly components["schemas"]["Source"][];
        };
        readonly Amendment: {
            readonly symbol: string;
            readonly draft: string;
            /** @description the order in which the amendments to one draft are voted on (rule 130) */
            readonly rank: number;
            readonly status: string;
            readonly proposers: readonly {
                readonly state: string;
                readonly name: string;
                readonly asWritten: string;
            }[];
            /** @description null where the sources give no wording */
            readonly operations: readonly components["schemas"]["ParagraphOp"][] | null;
            readonly votes: readonly components["schemas"]["Vote"][];
            /** @description who took the act live; null for an act recorded from sources (which names its sources instead) */
            readonly actor: components["schemas"]["LiveActor"] | null;
            /** @description when the act was taken live (ISO 8601 date-time); null for an act recorded from sources */
            readonly at: string | null;
            /** @constant */
            readonly kind: "amendment";
            readonly draftTitle: string;
            readonly sources: readonly components["schemas"]["Source"][];
            /** @description the draft as this amendment would change it, with a redline; null where the sources give no text */
            readonly amendedText: {
                readonly text: readonly components["schemas"]["Paragraph"][];
                readonly diff: readonly components["schemas"]["ParagraphDiff"][];
            } | null;
        };
        readonly StateSummary: {
            readonly code: string;
            readonly name: string;
            readonly group: components["schemas"]["RegionalGroup"] | null;
            readonly unMember: boolean;
            readonly terms: readonly {
                readonly body: string;
                readonly from: string;
                readonly to: string;
            }[];
        };
        readonly Agreement: {
            readonly state: string;
            readonly name: string;
            /** @description share of common votes cast alike, 0 to 1 */
            readonly share: number;
            readonly common: number;
        };
        readonly Term: {
            readonly body: string;
            readonly from: string;
            readonly to: string;
            /** @description derived from a session's roll calls (who voted), not a term a source states */
            readonly derived: boolean;
            /** @description the term as it reads: "HRC 2009–2012" */
            readonly label: string;
        };
        readonly StateScope: {
            /** @description the body the figures cover (null: every body, asked with body=all) */
            readonly body: string | null;
            /** @description no body was asked: HRC, when the record holds it */
            readonly bodyDefaulted: boolean;
            /** @description first day (or year, month) covered; null: open */
            readonly from: string | null;
            /** @description last day (or year, month) covered; null: open */
            readonly to: string | null;
            /** @description no years were asked: the State's latest membership years in the body (every year when it held none) */
            readonly periodDefaulted: boolean;
            /** @description what the figures cover, in words: "HRC, 2019–2021 (its latest membership years)" */
            readonly covers: string;
            /** @description the bodies it cast a ballot in, with how many votes */
            readonly bodies: readonly {
                readonly code: string;
                readonly name: string | null;
                readonly votes: number;
            }[];
        };
        readonly State: {
            readonly code: string;
            readonly name: string;
            readonly group: components["schemas"]["RegionalGroup"] | null;
            readonly unMember: boolean;
            readonly namesAsWritten: readonly string[];
            readonly terms: readonly components["schemas"]["Term"][];
            readonly scope: components["schemas"]["StateScope"];
            /** @description a page of the votes it cast in the scope, the latest first */
            readonly votes: readonly {
                readonly id: string;
                readonly body: string;
                readonly date: string | null;
                readonly subject: string | null;
                readonly title: string;
                /** @description what the vote was on: draft, amendment, noAction, part, resolution, other */
                readonly subjectKind: string;
                readonly position: string;
                readonly outcome: string | null;
            }[];
            /** @description the votes it cast in the scope */
            readonly votesTotal: number;
            readonly votesPage: number;
            readonly votesPageSize: number;
            readonly sponsored: readonly {
                readonly symbol: string;
                readonly title: string;
                readonly body: string;
                readonly session: string;
                readonly role: string;
                readonly joined: string;
                readonly status: string;
                /** @description a sponsorship it withdrew */
                readonly withdrawn: boolean;
                /** @description tabled live: a pending draft reads Pending (tabled, or on the floor), not a gap in the sources */
                readonly live: boolean;
                /** @description a live draft the President has taken up */
                readonly takenUp: boolean;
            }[];
            readonly agreement: {
                readonly most: readonly components["schemas"]["Agreement"][];
                readonly least: readonly components["schemas"]["Agreement"][];
            };
        };
        readonly StatementItem: {
            readonly kind: string;
            readonly draft: string | null;
            readonly state: string | null;
            readonly asWritten: string | null;
            readonly onBehalfOf: string | null;
            readonly date: string | null;
            readonly summary: string | null;
        };
        readonly MandateLink: {
            /**
             * @description the field the pattern matched: the adopted text's title, or its paragraphs
             * @enum {string}
             */
            readonly basis: "title" | "text";
            /** @description the pattern (a regular expression, docs/mandates.md) the link rests on */
            readonly pattern: string;
            /** @description the words it matched */
            readonly matched: string;
        };
        readonly MandateSummary: {
            readonly id: string;
            readonly title: string;
            /** @description thematic or country */
            readonly kind: string;
            /** @description the latest creation, renewal or conversion in the record */
            readonly lastRenewal: {
                /** @description created, renewed or converted */
                readonly event: string;
                /** @description the resolution, as the record holds its symbol */
                readonly by: string;
                /** @description the resolution as people cite it (34/5) */
                readonly byShort: string;
                readonly date: string | null;
                /** @description when the term it gave ends (YYYY-MM-DD), where the record has its length */
                readonly termEnds: string | null;
            } | null;
            /**
             * @description running: the latest term ends today or later; lapsed: it has ended with no later renewal in the record; unknown: no dated term
             * @enum {string}
             */
            readonly status: "running" | "lapsed" | "unknown";
            readonly linked: {
                /** @description resolutions linked to the mandate from their titles or texts */
                readonly count: number;
                /** @description the latest of them */
                readonly last: {
                    readonly resolution: string;
                    readonly resolutionShort: string;
                    readonly date: string | null;
                } | null;
            };
        };
        readonly Mandate: {
            readonly id: string;
            readonly title: string;
            /** @description thematic or country */
            readonly kind: string;
            readonly holderTitle: string;
            /** @description whether Plenary links resolutions to this mandate from their titles or texts (docs/mandates.md) */
            readonly linksDerived: boolean;
            /** @description creation, renewals, resolutions linked and holders in time order */
            readonly timeline: readonly ({
                /** @constant */
                readonly kind: "event";
                readonly event: string;
                readonly by: string;
                readonly byShort: string;
                readonly byInRecord: boolean;
                readonly date: string | null;
                readonly termYears: number | null;
                readonly termEnds: string | null;
                readonly note: string | null;
                /** @description what also links this resolution to the mandate, if anything */
                readonly link: components["schemas"]["MandateLink"] | null;
            } | {
                /** @constant */
                readonly kind: "link";
                /** @description the adopted text linked, as the record holds its symbol */
                readonly resolution: string;
                /** @description as people cite it (43/16) */
                readonly resolutionShort: string;
                /** @description the draft it was adopted from */
                readonly draft: string;
                readonly title: string;
                readonly date: string | null;
                readonly link: components["schemas"]["MandateLink"];
            } | {
                /** @constant */
                readonly kind: "holder";
                readonly name: string;
                readonly from: string;
                readonly to: string | null;
            })[];
            /** @description the sources of the mandate's record and of each linked resolution's adoption */
            readonly sources: readonly components["schemas"]["Source"][];
        };
        readonly SearchResults: {
            readonly drafts: readonly {
                readonly symbol: string;
                readonly title: string;
                readonly body: string;
                readonly session: string;
                readonly adoptedAs: string | null;
            }[];
            readonly amendments: readonly {
                readonly symbol: string;
                readonly draft: string;
                readonly status: string;
            }[];
            readonly votes: readonly {
                /** @description the vote's presented telling (one entry per vote, however many sources tell it) */
                readonly id: string;
                readonly title: string;
                readonly date: string | null;
                readonly body: string;
                readonly subject: string | null;
                readonly tally: components["schemas"]["Tally"] | null;
                readonly outcome: string | null;
            }[];
            readonly mandates: readonly {
                readonly id: string;
                readonly title: string;
            }[];
            readonly states: readonly {
                readonly code: string;
                readonly name: string;
            }[];
        };
        readonly JournalDump: {
            /** @constant */
            readonly format: "plenary-journal";
            readonly version: number;
            readonly head: {
                readonly seq: number;
                readonly hash: string;
            } | null;
            readonly entries: readonly ({
                readonly seq: number;
                readonly recordedAt: string;
                readonly prevHash: string;
                readonly hash: string;
                readonly act: {
                    readonly kind: string;
                } & {
                    readonly [key: string]: unknown;
                };
            } & {
                readonly [key: string]: unknown;
            })[];
        };
        readonly SignedIn: {
            readonly user: string;
            /** @enum {string} */
            readonly role: "member" | "observer" | "secretariat" | "president" | "ngo";
            /** @description the State a member or observer user acts for; null for the other roles */
            readonly delegation: string | null;
            /** @description send it in the X-CSRF-Token header with every write made with the session cookie */
            readonly csrfToken: string;
            /** @description when the sign-in ends (ISO 8601) */
            readonly expiresAt: string;
        };
        readonly Me: {
            readonly user: string;
            /** @enum {string} */
            readonly role: "member" | "observer" | "secretariat" | "president" | "ngo";
            /** @description the State a member or observer user acts for; null for the other roles */
            readonly delegation: string | null;
            /**
             * @description a session cookie (the web app) or an API token
             * @enum {string}
             */
            readonly via: "cookie" | "bearer";
            /** @description a CSRF token for the session cookie (null with a bearer token, which needs none) */
            readonly csrfToken: string | null;
        };
        /**
         * @description cannot tell: the record lacks what `missing` names
         * @enum {string}
         */
        readonly CheckVerdict: "true" | "false" | "cannot tell";
        readonly CheckVote: {
            readonly id: string;
            readonly subject: string | null;
            readonly subjectKind: string;
            readonly title: string;
            readonly date: string | null;
            readonly tally: components["schemas"]["Tally"] | null;
            readonly outcome: ("adopted" | "rejected") | null;
            /** @description the lists name every ballot cast: complete, or partial but equal to the tally position by position */
            readonly listsNameEveryBallot: boolean;
            /** @description another telling whose lists are used, when this one's are missing */
            readonly ballotsFrom: string | null;
        };
        readonly CheckAmendment: {
            readonly symbol: string;
            /** @description empty where the sources do not say who proposed it */
            readonly proposers: readonly string[];
            /** @description pending (no fate in the record), adopted, rejected, withdrawn, lapsed or notConsidered */
            readonly fate: string;
            readonly vote: components["schemas"]["CheckVote"] | null;
        };
        readonly AdoptedWithoutAmendment: {
            /** @constant */
            readonly kind: "adopted-without-amendment";
            /** @description the claim in words, as the check read it */
            readonly claim: string;
            readonly verdict: components["schemas"]["CheckVerdict"];
            /** @description why this verdict, in one sentence */
            readonly reason: string;
            /** @description what the verdict rests on */
            readonly basis: string;
            /** @description for "cannot tell": each fact the record lacks; empty otherwise */
            readonly missing: readonly string[];
            /** @description every source the facts used were read in */
            readonly sources: readonly components["schemas"]["Source"][];
            readonly draft: {
                readonly symbol: string;
                readonly title: string;
                readonly status: string;
                readonly decidedOn: string | null;
                readonly adoptedAs: string | null;
                readonly asOrallyRevised: boolean | null;
                /** @description the recorded vote on the draft as a whole; null without one */
                readonly vote: components["schemas"]["CheckVote"] | null;
            };
            readonly items: readonly components["schemas"]["CheckAmendment"][];
        };
        readonly AmendmentsDefeated: {
            /** @constant */
            readonly kind: "amendments-defeated";
            /** @description the claim in words, as the check read it */
            readonly claim: string;
            readonly verdict: components["schemas"]["CheckVerdict"];
            /** @description why this verdict, in one sentence */
            readonly reason: string;
            /** @description what the verdict rests on */
            readonly basis: string;
            /** @description for "cannot tell": each fact the record lacks; empty otherwise */
            readonly missing: readonly string[];
            /** @description every source the facts used were read in */
            readonly sources: readonly components["schemas"]["Source"][];
            readonly draft: string;
            readonly proposers: readonly string[] | null;
            readonly items: readonly {
                readonly symbol: string;
                /** @description empty where the sources do not say who proposed it */
                readonly proposers: readonly string[];
                /** @description pending (no fate in the record), adopted, rejected, withdrawn, lapsed or notConsidered */
                readonly fate: string;
                readonly vote: components["schemas"]["CheckVote"] | null;
                /** @description rejected, lapsed or withdrawn; null without a fate */
                readonly defeated: boolean | null;
                /** @description among the proposers asked about (always true without them); null where its proposers are unknown */
                readonly byProposers: boolean | null;
            }[];
        };
        readonly MajorityByGroup: {
            /** @constant */
            readonly kind: "majority-by-group";
            /** @description the claim in words, as the check read it */
            readonly claim: string;
            readonly verdict: components["schemas"]["CheckVerdict"];
            /** @description why this verdict, in one sentence */
            readonly reason: string;
            /** @description what the verdict rests on */
            readonly basis: string;
            /** @description for "cannot tell": each fact the record lacks; empty otherwise */
            readonly missing: readonly string[];
            /** @description every source the facts used were read in */
            readonly sources: readonly components["schemas"]["Source"][];
            /** @enum {string} */
            readonly position: "yes" | "no" | "abstain";
            /** @enum {string} */
            readonly majorityOf: "voting" | "present" | "members";
            readonly items: readonly {
                readonly vote: components["schemas"]["CheckVote"];
                readonly verdict: components["schemas"]["CheckVerdict"];
                readonly reason: string;
                readonly missing: readonly string[];
                readonly groups: readonly {
                    readonly group: components["schemas"]["RegionalGroup"];
                    readonly yes: number;
                    readonly no: number;
                    readonly abstain: number;
                    /** @description the group's members of the body that day; null where not recorded */
                    readonly members: number | null;
                    /** @description those who took the position asked */
                    readonly count: number;
                    /** @description of how many, by the basis */
                    readonly of: number | null;
                    /** @description count > of / 2 */
                    readonly majority: boolean | null;
                }[];
            }[];
        };
        readonly MajoritySpansGroups: {
            /** @constant */
            readonly kind: "majority-spans-groups";
            /** @description the claim in words, as the check read it */
            readonly claim: string;
            readonly verdict: components["schemas"]["CheckVerdict"];
            /** @description why this verdict, in one sentence */
            readonly reason: string;
            /** @description what the verdict rests on */
            readonly basis: string;
            /** @description for "cannot tell": each fact the record lacks; empty otherwise */
            readonly missing: readonly string[];
            /** @description every source the facts used were read in */
            readonly sources: readonly components["schemas"]["Source"][];
            /** @enum {string} */
            readonly position: "yes" | "no";
            readonly items: readonly {
                readonly vote: components["schemas"]["CheckVote"];
                readonly prevailed: ("yes" | "no") | null;
                readonly verdict: components["schemas"]["CheckVerdict"];
                readonly reason: string;
                readonly missing: readonly string[];
                readonly groups: readonly {
                    readonly group: components["schemas"]["RegionalGroup"];
                    readonly yes: number;
                    readonly no: number;
                    readonly abstain: number;
                    /** @description the group's States listed as voting the position asked */
                    readonly states: readonly string[];
                }[];
            }[];
        };
        readonly VotedEvery: {
            /** @constant */
            readonly kind: "voted-every";
            /** @description the claim in words, as the check read it */
            readonly claim: string;
            readonly verdict: components["schemas"]["CheckVerdict"];
            /** @description why this verdict, in one sentence */
            readonly reason: string;
            /** @description what the verdict rests on */
            readonly basis: string;
            /** @description for "cannot tell": each fact the record lacks; empty otherwise */
            readonly missing: readonly string[];
            /** @description every source the facts used were read in */
            readonly sources: readonly components["schemas"]["Source"][];
            readonly state: string;
            /** @enum {string} */
            readonly position: "yes" | "no" | "abstain";
            /** @description the votes it could vote on where it did otherwise */
            readonly exceptions: readonly {
                readonly vote: components["schemas"]["CheckVote"];
                /** @enum {string} */
                readonly position: "yes" | "no" | "abstain" | "did not vote" | "not a member" | "unknown";
                readonly holds: boolean | null;
                readonly missing: string | null;
            }[];
            /** @description votes it could vote on (a member that day) */
            readonly couldVote: number;
            readonly items: readonly {
                readonly vote: components["schemas"]["CheckVote"];
                /** @enum {string} */
                readonly position: "yes" | "no" | "abstain" | "did not vote" | "not a member" | "unknown";
                readonly holds: boolean | null;
                readonly missing: string | null;
            }[];
        };
        readonly Organisation: {
            readonly id: string;
            /** @enum {string} */
            readonly kind: "organisation" | "coalition";
            readonly name: string;
            /** @description ECOSOC consultative status; null for a coalition */
            readonly status: ("general" | "special" | "roster" | "none") | null;
            readonly country: string | null;
            readonly website: string | null;
            /** @description a coalition's organisations */
            readonly members: readonly string[];
            readonly accreditedAt: string;
            /** @description the act that accredited it as it now stands */
            readonly seq: number;
        };
        readonly Position: {
            readonly seq: number;
            readonly organisation: string;
            /** @description the draft or amendment */
            readonly on: string;
            /** @description the draft it belongs to */
            readonly draft: string;
            readonly paragraph: string | null;
            /** @enum {string} */
            readonly position: "support" | "oppose" | "seekChanges";
            readonly text: string;
            readonly date: string;
            /** @description the user who published it */
            readonly by: string;
            readonly at: string;
            readonly organisationName: string;
            /** @description the positions it revised, latest first */
            readonly earlier: readonly {
                readonly seq: number;
                readonly organisation: string;
                /** @description the draft or amendment */
                readonly on: string;
                /** @description the draft it belongs to */
                readonly draft: string;
                readonly paragraph: string | null;
                /** @enum {string} */
                readonly position: "support" | "oppose" | "seekChanges";
                readonly text: string;
                readonly date: string;
                /** @description the user who published it */
                readonly by: string;
                readonly at: string;
            }[];
        };
        readonly Addressed: {
            /** @constant */
            readonly to: "members";
        } | {
            /** @constant */
            readonly to: "group";
            readonly group: components["schemas"]["RegionalGroup"];
        } | {
            /** @constant */
            readonly to: "states";
            readonly states: readonly string[];
        };
        readonly Letter: {
            readonly id: string;
            /** @description its author, the first signatory */
            readonly organisation: string;
            readonly title: string;
            readonly text: string;
            readonly date: string;
            readonly draft: string | null;
            readonly addressed: components["schemas"]["Addressed"];
            /** @description the States addressed; null for every member */
            readonly states: readonly string[] | null;
            readonly signatures: readonly {
                readonly organisation: string;
                readonly by: string;
                readonly at: string;
            }[];
            readonly publishedAt: string | null;
            readonly seq: number;
        };
        readonly Organisations: {
            readonly organisations: readonly components["schemas"]["Organisation"][];
        };
        readonly MyOrganisation: {
            readonly organisation: components["schemas"]["Organisation"] | null;
        };
        readonly Positions: {
            readonly positions: readonly components["schemas"]["Position"][];
        };
        readonly Letters: {
            readonly letters: readonly components["schemas"]["Letter"][];
        };
        readonly OrganisationWritten: {
            /** @description the number of the first act appended */
            readonly firstSeq: number;
            readonly lastSeq: number;
            /** @description each act appended, in order */
            readonly acts: readonly {
                readonly seq: number;
                readonly kind: string;
            }[];
            readonly id: string;
        };
        readonly Stance: {
            readonly state: string;
            readonly name: string;
            /** @enum {string} */
            readonly stance: "for" | "against";
            readonly on: string;
            readonly draft: string | null;
            readonly kind: string;
            readonly date: string | null;
            readonly summary: string | null;
            readonly seq: number;
        };
        readonly Stances: {
            readonly statements: readonly components["schemas"]["Stance"][];
            /** @description the States that spoke for, in the order of their codes */
            readonly for: readonly string[];
            readonly against: readonly string[];
        };
        readonly Scorecard: {
            readonly title: string;
            readonly votes: readonly {
                readonly id: string;
                readonly subject: string | null;
                readonly subjectKind: string;
                readonly title: string;
                readonly body: string;
                readonly session: string | null;
                readonly date: string | null;
                /** @enum {string} */
                readonly want: "yes" | "no";
                readonly because: string;
            }[];
            readonly unscored: readonly {
                readonly symbol: string;
                readonly why: string;
            }[];
            readonly states: readonly {
                readonly state: string;
                readonly name: string;
                readonly group: components["schemas"]["RegionalGroup"] | null;
                readonly counts: {
                    readonly aligned: number;
                    readonly against: number;
                    readonly abstained: number;
                    readonly absent: number;
                    readonly notMember: number;
                    readonly unknown: number;
                };
                /** @description aligned over the votes it could vote in; null when none */
                readonly score: number | null;
                /** @description its line in each vote, in the order of `votes` */
                readonly lines: readonly ("aligned" | "against" | "abstained" | "absent" | "notMember" | "unknown")[];
            }[];
            readonly groups: readonly {
                readonly group: components["schemas"]["RegionalGroup"];
                readonly states: number;
                readonly score: number | null;
            }[];
            readonly years: readonly {
                readonly year: string;
                readonly votes: number;
                readonly score: number | null;
            }[];
            readonly sources: readonly components["schemas"]["Source"][];
        };
        readonly Account: {
            readonly name: string;
            /** @enum {string} */
            readonly role: "member" | "observer" | "secretariat" | "president" | "ngo";
            /** @description the State a member or observer user acts for */
            readonly delegation: string | null;
            /** @description whether the account signs in with a TOTP code too */
            readonly secondFactor: boolean;
            readonly disabled: boolean;
            readonly createdAt: string;
        };
        readonly AccountLink: {
            /** @description the one-time link to give to the user (its token is after the #: never sent to a server) */
            readonly url: string;
            readonly token: string;
            /** @enum {string} */
            readonly purpose: "invite" | "password" | "second-factor";
            readonly expiresAt: string;
        };
        readonly SignIn: {
            /** @description null: no account has the name that was given */
            readonly account: string | null;
            readonly at: string;
            /** @description the address the attempt came from */
            readonly address: string;
            /**
             * @description signed-in; refused (wrong name, password or code, or disabled); throttled; link (a one-time link)
             * @enum {string}
             */
            readonly outcome: "signed-in" | "refused" | "throttled" | "link";
        };
        readonly LinkView: {
            readonly account: components["schemas"]["Account"];
            /** @enum {string} */
            readonly purpose: "invite" | "password" | "second-factor";
            readonly expiresAt: string;
            /**
             * @description new: choose a password; current: give the one the account has
             * @enum {string}
             */
            readonly password: "new" | "current";
            /** @description the otpauth URI of the second factor to enrol (shown as a QR code); null when none is enrolled */
            readonly totpUri: string | null;
            /** @description whether a code of the authenticator is asked for */
            readonly totp: boolean;
        };
        readonly SessionMember: {
            readonly state: string;
            readonly name: string;
            /** @description the first day of its term */
            readonly from: string;
            /** @description the last day of its term */
            readonly to: string;
        };
        readonly SessionMembers: {
            /** @description the first day of the session (null when the record has no dates for it) */
            readonly from: string | null;
            readonly to: string | null;
            /** @description States whose term covers some day of the session, by code */
            readonly members: readonly components["schemas"]["SessionMember"][];
            /** @description the body's session that started last before this one, with its members (to copy) */
            readonly previous: {
                readonly session: string;
                readonly title: string;
                readonly members: readonly string[];
            } | null;
        };
        readonly MemberListItem: {
            readonly line: number;
            readonly text: string;
            readonly state: string | null;
            readonly name: string | null;
            /** @description why it cannot be recorded; null when it can */
            readonly refusal: string | null;
        };
        readonly AnalysisVotesUsed: {
            /** @description the body the figures cover: the one asked, else HRC when the record holds it; null: every body (body=all) */
            readonly body: string | null;
            /** @description votes with complete lists the figures rest on */
            readonly used: number;
            /** @description votes the filters matched that have a tally only (no lists): left out of per-State figures */
            readonly tallyOnly: number;
            /** @description votes the filters matched whose lists are partial: left out too */
            readonly partial: number;
        };
        readonly AgreementRow: {
            readonly state: string;
            readonly identical: number;
            readonly opposite: number;
            /** @description index: one of the two abstained; coincidence: at least one abstained */
            readonly abstentions: number;
            /** @description both were members and at least one cast no ballot (not counted in `votes`) */
            readonly absences: number;
            /** @description the denominator: index, votes both cast a ballot in; coincidence, identical + opposite */
            readonly votes: number;
            /** @description agreement in percent; null below minVotes */
            readonly value: number | null;
        };
        readonly AgreementAnswer: {
            readonly state: string;
            /**
             * @description index: identical 1, yes or no against an abstention ½, opposite 0, over votes both cast a ballot in; coincidence (US State Department): identical / (identical + opposite), votes where both voted yes or no
             * @enum {string}
             */
            readonly measure: "index" | "coincidence";
            /** @description below this many votes a value is withheld (null) */
            readonly minVotes: number;
            readonly basis: components["schemas"]["AnalysisVotesUsed"];
            /** @description every other State that shared a vote with it as members, most alike first */
            readonly items: readonly components["schemas"]["AgreementRow"][];
        };
        readonly AgreementPeriod: {
            readonly session: string;
            readonly identical: number;
            readonly opposite: number;
            /** @description index: one of the two abstained; coincidence: at least one abstained */
            readonly abstentions: number;
            /** @description both were members and at least one cast no ballot (not counted in `votes`) */
            readonly absences: number;
            /** @description the denominator: index, votes both cast a ballot in; coincidence, identical + opposite */
            readonly votes: number;
            /** @description agreement in percent; null below minVotes */
            readonly value: number | null;
            /** @description votes of the period left out for want of complete lists */
            readonly excluded: {
                readonly tallyOnly: number;
                readonly partial: number;
            };
        } | {
            readonly year: string;
            readonly identical: number;
            readonly opposite: number;
            /** @description index: one of the two abstained; coincidence: at least one abstained */
            readonly abstentions: number;
            /** @description both were members and at least one cast no ballot (not counted in `votes`) */
            readonly absences: number;
            /** @description the denominator: index, votes both cast a ballot in; coincidence, identical + opposite */
            readonly votes: number;
            /** @description agreement in percent; null below minVotes */
            readonly value: number | null;
            /** @description votes of the period left out for want of complete lists */
            readonly excluded: {
                readonly tallyOnly: number;
                readonly partial: number;
            };
        };
        readonly AgreementOverTime: {
            readonly states: readonly [
                string,
                string
            ];
            /** @description the body the figures cover: the one asked, else HRC when the record holds it; null: every body (body=all) */
            readonly body: string | null;
            /** @enum {string} */
            readonly by: "session" | "year";
            /**
             * @description index: identical 1, yes or no against an abstention ½, opposite 0, over votes both cast a ballot in; coincidence (US State Department): identical / (identical + opposite), votes where both voted yes or no
             * @enum {string}
             */
            readonly measure: "index" | "coincidence";
            readonly minVotes: number;
            /** @description oldest first; each item names its session or year; periods they were never members together in are left out */
            readonly items: readonly components["schemas"]["AgreementPeriod"][];
        };
        readonly AgreementMatrix: {
            /**
             * @description index: identical 1, yes or no against an abstention ½, opposite 0, over votes both cast a ballot in; coincidence (US State Department): identical / (identical + opposite), votes where both voted yes or no
             * @enum {string}
             */
            readonly measure: "index" | "coincidence";
            readonly minVotes: number;
            readonly basis: components["schemas"]["AnalysisVotesUsed"];
            /** @description ordered by ideal point, highest first; States without a point last, by code */
            readonly states: readonly {
                readonly state: string;
                /** @description ideal point on the same votes; null when withheld */
                readonly point: number | null;
            }[];
            /** @description values[i][j]: agreement of states[i] with states[j] in percent; null below minVotes */
            readonly values: readonly (readonly (number | null)[])[];
            /** @description counts[i][j]: the votes values[i][j] rests on */
            readonly counts: readonly (readonly number[])[];
        };
        readonly Cohesion: {
            /** @description the regional group, or the States named */
            readonly group: string;
            readonly states: readonly string[];
            /** @description a vote has an index when at least this many of the States voted */
            readonly minVoters: number;
            readonly basis: components["schemas"]["AnalysisVotesUsed"];
            /** @description in the order the sessions first appear */
            readonly sessions: readonly {
                readonly body: string;
                readonly session: string | null;
                /** @description the session's earliest dated vote (sessions are in this order, undated ones last) */
                readonly first: string | null;
                /** @description Hix–Noury–Roland agreement index, the mean of the votes' indices; null when no vote has one */
                readonly index: number | null;
                /** @description votes with an index (the mean is over these) */
                readonly votes: number;
                /** @description ballots cast against the group's majority on those votes */
                readonly against: number;
            }[];
            /** @description each vote, when asked with votes=true; else null */
            readonly votes: readonly {
                readonly id: string;
                readonly date: string | null;
                readonly title: string;
                readonly yes: number;
                readonly no: number;
                readonly abstain: number;
                /** @description members of the group that were members of the body and cast no ballot */
                readonly absent: number;
                readonly index: number | null;
                /** @description null on a tie for first */
                readonly majority: ("yes" | "no" | "abstain") | null;
                /** @description who voted other than the group's majority */
                readonly against: readonly {
                    readonly state: string;
                    /** @enum {string} */
                    readonly position: "yes" | "no" | "abstain";
                }[];
            }[] | null;
        };
        readonly IdealPoints: {
            /** @description the State whose point is positive by convention; null when it has no point here */
            readonly anchor: string | null;
            /** @description a State with fewer yes/no ballots on the dividing votes has no point (null) */
            readonly minVotes: number;
            readonly iterations: number;
            readonly converged: boolean;
            readonly basis: {
                /** @description the body the figures cover: the one asked, else HRC when the record holds it; null: every body (body=all) */
                readonly body: string | null;
                /** @description votes with complete lists the figures rest on */
                readonly used: number;
                /** @description votes the filters matched that have a tally only (no lists): left out of per-State figures */
                readonly tallyOnly: number;
                /** @description votes the filters matched whose lists are partial: left out too */
                readonly partial: number;
                /** @description votes the fit used: both yes and no ballots */
                readonly dividing: number;
                /** @description votes left out because nobody voted no, or nobody yes */
                readonly unanimous: number;
            };
            /**
             * @description 95% intervals: from the curvature of the posterior (vote parameters held fixed, so too narrow), or from a parametric bootstrap when asked (bootstrap=n)
             * @enum {string}
             */
            readonly intervals: "curvature" | "bootstrap";
            /** @description the bootstrap's replicates; null for intervals from the curvature */
            readonly bootstrap: number | null;
            /** @description highest point first; withheld points last */
            readonly items: readonly {
                readonly state: string;
                readonly point: number | null;
                readonly low: number | null;
                readonly high: number | null;
                /** @description its yes and no ballots on the dividing votes */
                readonly votes: number;
            }[];
        };
        readonly Forecast: {
            /** @description the pending draft or amendment */
            readonly subject: string;
            /** @enum {string} */
            readonly kind: "draft" | "amendment";
            /** @description the title its subject is keyed by (an amendment's: its draft's) */
            readonly title: string;
            readonly body: string;
            /** @description a draft's standing sponsors or an amendment's proposers: each taken to vote yes */
            readonly sponsors: readonly string[];
            /** @description the folded kind and title that make two votes the same subject */
            readonly subjectKey: string | null;
            /** @description earlier votes with complete lists on the same subject, most recent last: "as last time" rests on these */
            readonly earlierVotes: readonly string[];
            /** @description probability that yes outnumber no (rules 125–126); null when withheld (see reason). A model’s forecast, not a count */
            readonly adopted: number | null;
            /** @description each member with a forecast at its most likely position (withheld members left out) */
            readonly likelyTally: {
                readonly yes: number;
                readonly no: number;
                readonly abstain: number;
            };
            readonly likelyOutcome: ("adopted" | "rejected") | null;
            /** @description the uncertainty of the tally: for each position, how many of the members with a forecast are expected to take it and a 90% range (each member independent given the model); null when the outcome is withheld */
            readonly tallyRange: {
                readonly yes: {
                    /** @description the expected number of members voting this way */
                    readonly expected: number;
                    /** @description 5th percentile */
                    readonly low: number;
                    /** @description 95th percentile */
                    readonly high: number;
                };
                readonly no: {
                    /** @description the expected number of members voting this way */
                    readonly expected: number;
                    /** @description 5th percentile */
                    readonly low: number;
                    /** @description 95th percentile */
                    readonly high: number;
                };
                readonly abstain: {
                    /** @description the expected number of members voting this way */
                    readonly expected: number;
                    /** @description 5th percentile */
                    readonly low: number;
                    /** @description 95th percentile */
                    readonly high: number;
                };
            } | null;
            /** @description why the outcome is withheld, when it is */
            readonly reason: string | null;
            /** @description probability that the text is adopted, with or without a vote: P(without a vote) + P(vote) · P(adopted | vote); without texts of its kind in the record, the members’ outcome (`adopted`) */
            readonly pAdopted: number | null;
            /** @description probability that it is adopted without a vote (the first stage, from the texts of its series, its agenda item, its sponsors); null when the record holds no decided text of its kind */
            readonly pWithoutVote: number | null;
            /** @description the two stages: is a vote called at all, and is the text adopted if it is; null without texts of its kind */
            readonly stages: {
                /** @description adopted without a vote */
                readonly pWithoutVote: number;
                /** @description put to a vote */
                readonly pVote: number;
                /** @description adopted if put to a vote: a draft, the record's drafts put to the vote (its series' twice); an amendment, the fitted model */
                readonly pAdoptedIfVoted: number;
                /** @description adopted, with or without a vote */
                readonly pAdopted: number;
            } | null;
            /** @description what the forecast rests on */
            readonly basis: {
                /** @description "insufficient basis: …" with what is missing, when the forecast rests on too little; null otherwise */
                readonly insufficient: string | null;
                /** @description what the forecast lacks, one item each */
                readonly missing: readonly string[];
                /** @description earlier drafts of its series (an amendment: its draft's) the body decided, oldest first */
                readonly series: readonly {
                    readonly symbol: string;
                    readonly session: string;
                    readonly title: string;
                    /** @enum {string} */
                    readonly outcome: "withoutVote" | "adopted" | "rejected";
                }[];
                /** @description of those, adopted without a vote */
                readonly seriesWithoutVote: number;
                /** @description of those, adopted by a vote */
                readonly seriesAdoptedByVote: number;
                /** @description of those, rejected */
                readonly seriesRejected: number;
                /** @description its agenda item's earlier drafts: adopted without a vote, put to a vote */
                readonly agendaItem: {
                    readonly item: string;
                    readonly withoutVote: number;
                    readonly voted: number;
                } | null;
                /** @description earlier drafts its sponsors sponsored (one per sponsor and draft): without a vote, put to a vote */
                readonly sponsors: {
                    readonly withoutVote: number;
                    readonly voted: number;
                } | null;
                /** @description an amendment's: no proposer sponsors the draft; null when the draft's sponsors are unknown */
                readonly hostile: boolean | null;
                /** @description an amendment's: its proposers' earlier amendments, adopted and rejected */
                readonly proposers: {
                    readonly adopted: number;
                    readonly rejected: number;
                } | null;
                /** @description the decided texts of its kind the first stages were fitted on */
                readonly fittedOn: {
                    readonly texts: number;
                    readonly withoutVote: number;
                    readonly adoptedByVote: number;
                    readonly rejected: number;
                } | null;
                /** @description earlier votes on its subject with complete lists: what the members’ positions rest on */
                readonly votesWithLists: number;
            };
            /** @description members without a forecast: fewer than minVotes ballots in the history window */
            readonly withheld: number;
            /** @description below this many ballots in the history window a member's forecast is withheld (null) */
            readonly minVotes: number;
            /** @description a member whose most likely position is below this probability is a swing State */
            readonly swingThreshold: number;
            readonly model: {
                /** @description the sessions whose ballots the model was fitted on (its training window) */
                readonly sessions: readonly string[];
                /** @description the ballots it was fitted on */
                readonly ballots: number;
                readonly converged: boolean;
                /** @description the sessions a member's usual position and ideal point are taken from (each member's `votes`) */
                readonly historySessions: readonly string[];
                /** @description the features of the multinomial logistic regression, in order */
                readonly features: readonly string[];
            };
            /** @description the members of the body on the day, by code */
            readonly members: readonly {
                readonly state: string;
                readonly group: string | null;
                readonly yes: number | null;
                readonly no: number | null;
                readonly abstain: number | null;
                readonly likely: ("yes" | "no" | "abstain") | null;
                readonly sponsor: boolean;
                /** @description the denominator: its ballots in the history window */
                readonly votes: number;
                /** @description its ballot on the most recent earlier vote on the same subject */
                readonly lastTime: {
                    readonly vote: string;
                    /** @enum {string} */
                    readonly position: "yes" | "no" | "abstain";
                } | null;
                /** @description its ideal point and the ballots behind it */
                readonly ideal: {
                    readonly point: number;
                    readonly votes: number;
                } | null;
                readonly swing: boolean;
                readonly swingReason: string | null;
            }[];
        };
        readonly Consensus: {
            /**
             * @description signals from texts adopted without a vote: not votes
             * @constant
             */
            readonly kind: "consensus";
            /** @description what these figures are and are not (they are never part of the vote-based figures) */
            readonly note: string;
            /** @description whether any text in scope comes from a source that records dissociations; false: every "joined" is only the absence of a recorded dissociation (the OHCHR voting catalogue records none), not a finding */
            readonly dissociationsRecorded: boolean;
            /** @description said when some or all texts in scope come only from sources that record no dissociations; null otherwise */
            readonly dissociationNote: string | null;
            /** @description the State asked, or null for every State */
            readonly state: string | null;
            /** @description below this many texts a percentage is withheld (null) */
            readonly minTexts: number;
            readonly basis: {
                /** @description texts adopted without a vote that the filters matched */
                readonly texts: number;
                /** @description of them, texts whose members on the day of adoption the record's terms give */
                readonly withMembers: number;
                /** @description texts no term covers on the day of adoption (or without a date): no State is counted as a member of them */
                readonly withoutMembers: number;
                /** @description texts with at least one standing sponsor in the record: the denominator of sponsorship */
                readonly withSponsors: number;
                /** @description States' dissociations from the texts (one per State and text) */
                readonly dissociations: number;
                /** @description dissociations from texts without members: in no State's figures */
                readonly dissociationsUncounted: number;
                /** @description texts told only by sources that record no dissociations (the OHCHR voting catalogue, a dataset): joined there means none recorded */
                readonly withoutDissociationSource: number;
            };
            /** @description every State with something counted, by code; with state, that State's row alone */
            readonly items: readonly {
                readonly state: string;
                /** @description texts adopted without a vote while a member: the denominator of joined and dissociated */
                readonly adoptions: number;
                /** @description a member and did not dissociate: joined consensus */
                readonly joined: number;
                /** @description a member and dissociated (from the whole text or from a part of it) */
                readonly dissociated: number;
                /** @description of dissociated, from a part of the text only */
                readonly dissociatedPartly: number;
                /** @description joined / adoptions in percent; null below minTexts */
                readonly joinedPercent: number | null;
                /** @description dissociations while not a member: in neither joined nor dissociated */
                readonly nonMemberDissociations: number;
                /** @description texts it sponsored as main sponsor */
                readonly main: number;
                /** @description texts it co-sponsored */
                readonly co: number;
                /** @description texts with sponsors in the record: the denominator of main and co */
                readonly sponsorTexts: number;
                /** @description (main + co) / sponsorTexts in percent; null below minTexts */
                readonly sponsoredPercent: number | null;
            }[];
            /** @description with state: every other State a member with it on one of the texts or sponsoring one with it, by code; else null */
            readonly pairs: readonly {
                /** @description the other State */
                readonly state: string;
                /** @description texts adopted without a vote while both were members: the denominator of the next four */
                readonly together: number;
                readonly bothJoined: number;
                /** @description the State asked dissociated, the other joined */
                readonly stateDissociated: number;
                /** @description the other dissociated, the State asked joined */
                readonly otherDissociated: number;
                readonly bothDissociated: number;
                /** @description bothJoined / together in percent; null below minTexts */
                readonly bothJoinedPercent: number | null;
                /** @description texts both sponsored (main or co) */
                readonly sponsoredBoth: number;
                /** @description texts with sponsors in the record: the denominator of sponsoredBoth */
                readonly sponsorTexts: number;
            }[] | null;
        };
        readonly Follow: {
            readonly id: string;
            /** @enum {string} */
            readonly kind: "draft" | "state" | "mandate" | "agendaItem" | "session" | "search";
            readonly value: string;
            readonly createdAt: string;
            /** @description The Atom feed of this follow (public: anyone with the link reads it) */
            readonly feed: string;
        };
        readonly Webhook: {
            readonly id: string;
            readonly url: string;
            readonly createdAt: string;
            readonly enabled: boolean;
            readonly disabledReason: string | null;
            readonly consecutiveFailures: number;
            /** @description Deliveries waiting (kept while the webhook is disabled) */
            readonly pending: number;
        };
        readonly WebhookCreated: {
            readonly id: string;
            readonly url: string;
            readonly createdAt: string;
            readonly enabled: boolean;
            readonly disabledReason: string | null;
            readonly consecutiveFailures: number;
            /** @description Deliveries waiting (kept while the webhook is disabled) */
            readonly pending: number;
            /** @description The signing secret, shown this once: keep it to verify the Plenary-Signature header */
            readonly secret: string;
        };
        readonly DeliveryAttempt: {
            readonly eventId: string;
            readonly at: string;
            readonly test: boolean;
            readonly ok: boolean;
            readonly status: number | null;
            readonly error: string | null;
            /** @description The start of the receiver's answer, as plain text (escape it to show it) */
            readonly response: string | null;
            readonly ms: number;
        };
        readonly EmailSubscription: {
            readonly id: string;
            readonly address: string;
            /** @enum {string} */
            readonly mode: "immediate" | "daily";
            readonly createdAt: string;
            readonly active: boolean;
        };
        readonly SessionPage: {
            readonly items: readonly components["schemas"]["Session"][];
            readonly page: number;
            readonly pageSize: number;
            readonly total: number;
        };
        readonly DraftSummaryPage: {
            readonly items: readonly components["schemas"]["DraftSummary"][];
            readonly page: number;
            readonly pageSize: number;
            readonly total: number;
        };
        readonly StateSummaryPage: {
            readonly items: readonly components["schemas"]["StateSummary"][];
            readonly page: number;
            readonly pageSize: number;
            readonly total: number;
        };
        readonly StatementItemPage: {
            readonly items: readonly components["schemas"]["StatementItem"][];
            readonly page: number;
            readonly pageSize: number;
            readonly total: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type Problem = components['schemas']['Problem'];
export type RegionalGroup = components['schemas']['RegionalGroup'];
export type Tally = components['schemas']['Tally'];
export type BallotLists = components['schemas']['BallotLists'];
export type Source = components['schemas']['Source'];
export type Flag = components['schemas']['Flag'];
export type Paragraph = components['schemas']['Paragraph'];
export type LiveActor = components['schemas']['LiveActor'];
export type Stamp = components['schemas']['Stamp'];
export type Deadline = components['schemas']['Deadline'];
export type Deadlines = components['schemas']['Deadlines'];
export type TallyByGroup = components['schemas']['TallyByGroup'];
export type Telling = components['schemas']['Telling'];
export type Discrepancy = components['schemas']['Discrepancy'];
export type VoteResult = components['schemas']['VoteResult'];
export type Correction = components['schemas']['Correction'];
export type Vote = components['schemas']['Vote'];
export type MemberPosition = components['schemas']['MemberPosition'];
export type Member = components['schemas']['Member'];
export type LiveVote = components['schemas']['LiveVote'];
export type VoteDetail = components['schemas']['VoteDetail'];
export type VoteList = components['schemas']['VoteList'];
export type Session = components['schemas']['Session'];
export type Body = components['schemas']['Body'];
export type DraftSummary = components['schemas']['DraftSummary'];
export type SessionDetail = components['schemas']['SessionDetail'];
export type Appended = components['schemas']['Appended'];
export type Tabled = components['schemas']['Tabled'];
export type SessionCreated = components['schemas']['SessionCreated'];
export type SponsorJoined = components['schemas']['SponsorJoined'];
export type VoteRecorded = components['schemas']['VoteRecorded'];
export type VoteCorrected = components['schemas']['VoteCorrected'];
export type VotePreview = components['schemas']['VotePreview'];
export type Adopted = components['schemas']['Adopted'];
export type OrderItem = components['schemas']['OrderItem'];
export type VotingOrder = components['schemas']['VotingOrder'];
export type ParagraphOp = components['schemas']['ParagraphOp'];
export type ParagraphDiff = components['schemas']['ParagraphDiff'];
export type AmendmentSummary = components['schemas']['AmendmentSummary'];
export type Motion = components['schemas']['Motion'];
export type Sponsor = components['schemas']['Sponsor'];
export type Statement = components['schemas']['Statement'];
export type Draft = components['schemas']['Draft'];
export type Amendment = components['schemas']['Amendment'];
export type StateSummary = components['schemas']['StateSummary'];
export type Agreement = components['schemas']['Agreement'];
export type Term = components['schemas']['Term'];
export type StateScope = components['schemas']['StateScope'];
export type State = components['schemas']['State'];
export type StatementItem = components['schemas']['StatementItem'];
export type MandateLink = components['schemas']['MandateLink'];
export type MandateSummary = components['schemas']['MandateSummary'];
export type Mandate = components['schemas']['Mandate'];
export type SearchResults = components['schemas']['SearchResults'];
export type JournalDump = components['schemas']['JournalDump'];
export type SignedIn = components['schemas']['SignedIn'];
export type Me = components['schemas']['Me'];
export type CheckVerdict = components['schemas']['CheckVerdict'];
export type CheckVote = components['schemas']['CheckVote'];
export type CheckAmendment = components['schemas']['CheckAmendment'];
export type AdoptedWithoutAmendment = components['schemas']['AdoptedWithoutAmendment'];
export type AmendmentsDefeated = components['schemas']['AmendmentsDefeated'];
export type MajorityByGroup = components['schemas']['MajorityByGroup'];
export type MajoritySpansGroups = components['schemas']['MajoritySpansGroups'];
export type VotedEvery = components['schemas']['VotedEvery'];
export type Organisation = components['schemas']['Organisation'];
export type Position = components['schemas']['Position'];
export type Addressed = components['schemas']['Addressed'];
export type Letter = components['schemas']['Letter'];
export type Organisations = components['schemas']['Organisations'];
export type MyOrganisation = components['schemas']['MyOrganisation'];
export type Positions = components['schemas']['Positions'];
export type Letters = components['schemas']['Letters'];
export type OrganisationWritten = components['schemas']['OrganisationWritten'];
export type Stance = components['schemas']['Stance'];
export type Stances = components['schemas']['Stances'];
export type Scorecard = components['schemas']['Scorecard'];
export type Account = components['schemas']['Account'];
export type AccountLink = components['schemas']['AccountLink'];
export type SignIn = components['schemas']['SignIn'];
export type LinkView = components['schemas']['LinkView'];
export type SessionMember = components['schemas']['SessionMember'];
export type SessionMembers = components['schemas']['SessionMembers'];
export type MemberListItem = components['schemas']['MemberListItem'];
export type AnalysisVotesUsed = components['schemas']['AnalysisVotesUsed'];
export type AgreementRow = components['schemas']['AgreementRow'];
export type AgreementAnswer = components['schemas']['AgreementAnswer'];
export type AgreementPeriod = components['schemas']['AgreementPeriod'];
export type AgreementOverTime = components['schemas']['AgreementOverTime'];
export type AgreementMatrix = components['schemas']['AgreementMatrix'];
export type Cohesion = components['schemas']['Cohesion'];
export type IdealPoints = components['schemas']['IdealPoints'];
export type Forecast = components['schemas']['Forecast'];
export type Consensus = components['schemas']['Consensus'];
export type Follow = components['schemas']['Follow'];
export type Webhook = components['schemas']['Webhook'];
export type WebhookCreated = components['schemas']['WebhookCreated'];
export type DeliveryAttempt = components['schemas']['DeliveryAttempt'];
export type EmailSubscription = components['schemas']['EmailSubscription'];
export type SessionPage = components['schemas']['SessionPage'];
export type DraftSummaryPage = components['schemas']['DraftSummaryPage'];
export type StateSummaryPage = components['schemas']['StateSummaryPage'];
export type StatementItemPage = components['schemas']['StatementItemPage'];
export type $defs = Record<string, never>;
export interface operations {
    readonly bodies: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": readonly components["schemas"]["Body"][];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly sessions: {
        readonly parameters: {
            readonly query?: {
                /** @description 1-based page number (default 1) */
                readonly page?: string;
                /** @description items per page, at most 500 (default 50) */
                readonly pageSize?: string;
                /** @description a body the record holds, by its code: HRC (Human Rights Council), CHR (Commission on Human Rights), UNGA */
                readonly body?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["SessionPage"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postSessions: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly body: string;
                    readonly session: string;
                    readonly title: string;
                    /** @default null */
                    readonly start?: string | null;
                    /** @default null */
                    readonly end?: string | null;
                    /** @default null */
                    readonly presidentState?: string | null;
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["SessionCreated"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly sessionsBodySession: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the body, by its code: HRC, CHR or UNGA */
                readonly body: string;
                /** @description the session: its number (34) or a special session (S-16) */
                readonly session: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["SessionDetail"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly drafts: {
        readonly parameters: {
            readonly query?: {
                /** @description 1-based page number (default 1) */
                readonly page?: string;
                /** @description items per page, at most 500 (default 50) */
                readonly pageSize?: string;
                /** @description a body the record holds, by its code: HRC (Human Rights Council), CHR (Commission on Human Rights), UNGA */
                readonly body?: string;
                /** @description a session of the body: its number (34) or a special session (S-16) */
                readonly session?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["DraftSummaryPage"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postDrafts: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly body: string;
                    readonly session: string;
                    readonly title: string;
                    /** @default null */
                    readonly agendaItem?: string | null;
                    readonly paragraphs: readonly {
                        readonly id: string;
                        readonly text: string;
                    }[];
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Tabled"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly draftsSymbol: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Draft"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly outcomes: {
        readonly parameters: {
            readonly query?: {
                /** @description 1-based page number (default 1) */
                readonly page?: string;
                /** @description items per page, at most 500 (default 50) */
                readonly pageSize?: string;
                /** @description a body the record holds, by its code: HRC (Human Rights Council), CHR (Commission on Human Rights), UNGA */
                readonly body?: string;
                /** @description a session of the body: its number (34) or a special session (S-16) */
                readonly session?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["DraftSummaryPage"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly amendmentsSymbol: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Amendment"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly votes: {
        readonly parameters: {
            readonly query?: {
                /** @description 1-based page number (default 1) */
                readonly page?: string;
                /** @description items per page, at most 500 (default 50) */
                readonly pageSize?: string;
                /** @description a body code (HRC, UNGA, CHR…); HRC when left out and the record holds it; all: every body, mixed */
                readonly body?: string;
                /** @description a session of the body: its number (34) or a special session (S-16) */
                readonly session?: string;
                /** @description symbol voted on */
                readonly subject?: string;
                /** @description votes this State cast a ballot in: its ISO 3166-1 alpha-3 code in any case (NOR) or its name (Norway) */
                readonly state?: string;
                /** @description votes on or after this date (YYYY, YYYY-MM or YYYY-MM-DD) */
                readonly from?: string;
                /** @description votes on or before this date (YYYY, YYYY-MM or YYYY-MM-DD; a year or month includes all of it) */
                readonly to?: string;
                /** @description an issue as the data names it ("Human rights") or unvotes' code (hr, me, co, di, ec, nu) */
                readonly issue?: string;
                /** @description the agenda item of the draft voted on, such as 4 (or "item 4") */
                readonly agenda?: string;
                /** @description newest (default): the latest vote first, undated ones last; oldest: the first vote first */
                readonly sort?: "newest" | "oldest";
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["VoteList"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postVotes: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly subject: {
                        /** @enum {string} */
                        readonly kind: "noAction" | "amendment" | "part" | "draft";
                        readonly symbol: string;
                        readonly parts?: readonly string[];
                    };
                    readonly tally: {
                        readonly yes: number;
                        readonly no: number;
                        readonly abstain: number;
                    };
                    /** @default null */
                    readonly requestedBy?: string | null;
                    readonly ballots?: {
                        readonly yes: readonly string[];
                        readonly no: readonly string[];
                        readonly abstain: readonly string[];
                    };
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["VoteRecorded"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly votesId: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the vote's id, as the record gives it (hrc-34-l-42-2017-03-23) */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["VoteDetail"];
                    readonly "text/csv": string;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly states: {
        readonly parameters: {
            readonly query?: {
                /** @description 1-based page number (default 1) */
                readonly page?: string;
                /** @description items per page, at most 500 (default 50) */
                readonly pageSize?: string;
                /** @description a regional group: AFRICAN, APG (Asia-Pacific), EEG (Eastern European), GRULAC or WEOG */
                readonly group?: "AFRICAN" | "APG" | "EEG" | "GRULAC" | "WEOG";
                /** @description only States with (true) or without (false) a recorded term */
                readonly member?: "true" | "false";
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["StateSummaryPage"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly statesCode: {
        readonly parameters: {
            readonly query?: {
                /** @description a body code (HRC, UNGA, CHR…); HRC when left out and the record holds it; all: every body, mixed */
                readonly body?: string;
                /** @description votes on or after this date (YYYY, YYYY-MM or YYYY-MM-DD) */
                readonly from?: string;
                /** @description votes on or before this date (YYYY, YYYY-MM or YYYY-MM-DD; a year or month includes all of it) */
                readonly to?: string;
                /** @description 1-based page number (default 1) */
                readonly page?: string;
                /** @description votes per page, at most 500 (default 25) */
                readonly pageSize?: string;
            };
            readonly header?: never;
            readonly path: {
                /** @description a State by its ISO 3166-1 alpha-3 code (NOR) */
                readonly code: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["State"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly statements: {
        readonly parameters: {
            readonly query?: {
                /** @description 1-based page number (default 1) */
                readonly page?: string;
                /** @description items per page, at most 500 (default 50) */
                readonly pageSize?: string;
                /** @description a draft by its symbol (A/HRC/34/L.5) */
                readonly draft?: string;
                /** @description a State by its ISO 3166-1 alpha-3 code (NOR) */
                readonly state?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["StatementItemPage"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly mandates: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": readonly components["schemas"]["MandateSummary"][];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly mandatesId: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a mandate by its id (human-rights-defenders, belarus): see /api/v1/mandates */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Mandate"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly search: {
        readonly parameters: {
            readonly query: {
                /** @description the words to find (two characters at least) in symbols, titles, State names, mandates and paragraphs */
                readonly q: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["SearchResults"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly exportSessionsBodySession: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the body, by its code: HRC, CHR or UNGA */
                readonly body: string;
                /** @description the session (34 or S-16), optionally with .csv or .json for the format */
                readonly session: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": readonly components["schemas"]["Vote"][];
                    readonly "text/csv": string;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly exportDumpJson: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["JournalDump"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postAuthLogin: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly name: string;
                    readonly password: string;
                    /** @description the code of the second factor: required for the secretariat and the President */
                    readonly totp?: string;
                };
            };
        };
        readonly responses: {
            /** @description OK */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["SignedIn"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postAuthLink: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly token: string;
                };
            };
        };
        readonly responses: {
            /** @description OK */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["LinkView"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postAuthLinkAccept: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly token: string;
                    readonly password: string;
                    /** @description the code of the second factor: required for the secretariat and the President */
                    readonly totp?: string;
                };
            };
        };
        readonly responses: {
            /** @description OK */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["SignedIn"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postAuthLogout: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Done; nothing to send */
            readonly 204: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly authMe: {
        readonly parameters: {
            readonly query?: {
                /** @description null: answer 200 with null when nobody is signed in, instead of 401 (the web app asks so, leaving no error in the console for every reader) */
                readonly anonymous?: "null";
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Me"] | null;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly authAccounts: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": readonly components["schemas"]["Account"][];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postAuthAccounts: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly name: string;
                    /** @enum {string} */
                    readonly role: "member" | "observer" | "secretariat" | "president" | "ngo";
                    readonly delegation?: string | null;
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly account: components["schemas"]["Account"];
                        readonly link: components["schemas"]["AccountLink"];
                    };
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postAuthAccountsNameReset: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                readonly name: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    /** @enum {string} */
                    readonly what: "password" | "second-factor";
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly account: components["schemas"]["Account"];
                        readonly link: components["schemas"]["AccountLink"];
                    };
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly putAuthAccountsNameDisabled: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                readonly name: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly disabled: boolean;
                };
            };
        };
        readonly responses: {
            /** @description OK */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly putAuthAccountsNameRole: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                readonly name: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    /** @enum {string} */
                    readonly role: "member" | "observer" | "secretariat" | "president" | "ngo";
                    readonly delegation?: string | null;
                };
            };
        };
        readonly responses: {
            /** @description OK */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly account: components["schemas"]["Account"];
                        readonly link: components["schemas"]["AccountLink"] | null;
                    };
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly authSignIns: {
        readonly parameters: {
            readonly query?: {
                /** @description only this account */
                readonly account?: string;
                /** @description at most this many (1 to 1000; 200) */
                readonly limit?: number;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": readonly components["schemas"]["SignIn"][];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly events: {
        readonly parameters: {
            readonly query?: {
                /** @description a session as BODY/SESSION (HRC/34): only its events */
                readonly session?: string;
                /** @description a vote by its id: only that vote's events */
                readonly vote?: string;
                /** @description a draft by its symbol (A/HRC/34/L.5) */
                readonly draft?: string;
                /** @description resume after this event (its id, as the last one received gave it) */
                readonly lastEventId?: string;
            };
            readonly header?: {
                /** @description resume after this event (the browser's EventSource sends it on reconnecting) */
                readonly "last-event-id"?: string;
            };
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description An endless stream of server-sent events (see the description); the events are typed in src/domain/live-events.ts */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "text/event-stream": string;
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly follows: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly follows: readonly components["schemas"]["Follow"][];
                    };
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postFollows: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    /** @enum {string} */
                    readonly kind: "draft" | "state" | "mandate" | "agendaItem" | "session" | "search";
                    readonly value: string;
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Follow"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly deleteFollowsId: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the vote's id, as the record gives it (hrc-34-l-42-2017-03-23) */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Done; nothing to send */
            readonly 204: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly feedAtom: {
        readonly parameters: {
            readonly query?: {
                readonly follow?: string;
                /** @description a draft by its symbol (A/HRC/34/L.5) */
                readonly draft?: string;
                /** @description a State by its ISO 3166-1 alpha-3 code (NOR) */
                readonly state?: string;
                readonly mandate?: string;
                /** @description a session of the body: its number (34) or a special session (S-16) */
                readonly session?: string;
                readonly agendaItem?: string;
                readonly search?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": string;
                    readonly "application/atom+xml": string;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly webhooks: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly webhooks: readonly components["schemas"]["Webhook"][];
                    };
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postWebhooks: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly url: string;
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly deleteWebhooksId: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the vote's id, as the record gives it (hrc-34-l-42-2017-03-23) */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Done; nothing to send */
            readonly 204: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postWebhooksIdEnable: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the vote's id, as the record gives it (hrc-34-l-42-2017-03-23) */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postWebhooksIdTest: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the vote's id, as the record gives it (hrc-34-l-42-2017-03-23) */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["DeliveryAttempt"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly webhooksIdDeliveries: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the vote's id, as the record gives it (hrc-34-l-42-2017-03-23) */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly attempts: readonly components["schemas"]["DeliveryAttempt"][];
                    };
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly emailSubscriptions: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly subscriptions: readonly components["schemas"]["EmailSubscription"][];
                    };
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postEmailSubscriptions: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    /** Format: email */
                    readonly address: string;
                    /**
                     * @default immediate
                     * @enum {string}
                     */
                    readonly mode?: "immediate" | "daily";
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["EmailSubscription"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly deleteEmailSubscriptionsId: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the vote's id, as the record gives it (hrc-34-l-42-2017-03-23) */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Done; nothing to send */
            readonly 204: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly sessionsBodySessionMembers: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the body, by its code: HRC, CHR or UNGA */
                readonly body: string;
                /** @description the session: its number (34) or a special session (S-16) */
                readonly session: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["SessionMembers"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postSessionsBodySessionMembers: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the body, by its code: HRC, CHR or UNGA */
                readonly body: string;
                /** @description the session: its number (34) or a special session (S-16) */
                readonly session: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly state: string;
                    readonly from: string;
                    readonly to: string;
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Appended"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postSessionsBodySessionDeadlines: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the body, by its code: HRC, CHR or UNGA */
                readonly body: string;
                /** @description the session: its number (34) or a special session (S-16) */
                readonly session: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    /** @default null */
                    readonly draft?: string | null;
                    /** @enum {string} */
                    readonly deadline: "tabling" | "cosponsorship" | "amendments";
                    /** Format: date-time */
                    readonly until: string;
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Appended"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postDraftsSymbolSponsors: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly state?: string;
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["SponsorJoined"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly deleteDraftsSymbolSponsorsState: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
                /** @description a State by its ISO 3166-1 alpha-3 code (NOR) */
                readonly state: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Done; nothing to send */
            readonly 204: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postDraftsSymbolRevisions: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly operations: readonly ({
                        /** @enum {string} */
                        readonly op: "replaceWords";
                        readonly paragraph: string;
                        readonly find: string;
                        readonly with: string;
                    } | {
                        /** @enum {string} */
                        readonly op: "deleteWords";
                        readonly paragraph: string;
                        readonly find: string;
                    } | {
                        /** @enum {string} */
                        readonly op: "insertWords";
                        readonly paragraph: string;
                        readonly after: string | null;
                        readonly text: string;
                    } | {
                        /** @enum {string} */
                        readonly op: "insertParagraph";
                        readonly after: string | null;
                        readonly id: string;
                        readonly text: string;
                    } | {
                        /** @enum {string} */
                        readonly op: "deleteParagraph";
                        readonly paragraph: string;
                    } | {
                        /** @enum {string} */
                        readonly op: "replaceParagraph";
                        readonly paragraph: string;
                        readonly text: string;
                    })[];
                    /** @default false */
                    readonly oral?: boolean;
                    /** @default null */
                    readonly readBy?: string | null;
                    /** @default null */
                    readonly note?: string | null;
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Appended"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postDraftsSymbolWithdrawal: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Appended"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postDraftsSymbolAmendments: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly operations: readonly ({
                        /** @enum {string} */
                        readonly op: "replaceWords";
                        readonly paragraph: string;
                        readonly find: string;
                        readonly with: string;
                    } | {
                        /** @enum {string} */
                        readonly op: "deleteWords";
                        readonly paragraph: string;
                        readonly find: string;
                    } | {
                        /** @enum {string} */
                        readonly op: "insertWords";
                        readonly paragraph: string;
                        readonly after: string | null;
                        readonly text: string;
                    } | {
                        /** @enum {string} */
                        readonly op: "insertParagraph";
                        readonly after: string | null;
                        readonly id: string;
                        readonly text: string;
                    } | {
                        /** @enum {string} */
                        readonly op: "deleteParagraph";
                        readonly paragraph: string;
                    } | {
                        /** @enum {string} */
                        readonly op: "replaceParagraph";
                        readonly paragraph: string;
                        readonly text: string;
                    })[];
                    /** @default [] */
                    readonly excludes?: readonly string[];
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Tabled"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postAmendmentsSymbolWithdrawal: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Appended"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postDraftsSymbolExplanations: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    /** @enum {string} */
                    readonly when: "before" | "after";
                    /** @default null */
                    readonly summary?: string | null;
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Appended"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postDraftsSymbolMotionsNoAction: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Appended"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postDraftsSymbolMotionsDivision: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly parts: readonly string[];
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Appended"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postDraftsSymbolMotionsRecordedVote: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Appended"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postDraftsSymbolTakeUp: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Appended"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly draftsSymbolVotingOrder: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["VotingOrder"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postDraftsSymbolVotingOrder: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly order?: readonly {
                        /** @enum {string} */
                        readonly kind: "noAction" | "amendment" | "part" | "draft";
                        readonly symbol: string;
                        readonly parts?: readonly string[];
                    }[];
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Appended"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly draftsSymbolVotePreview: {
        readonly parameters: {
            readonly query: {
                readonly kind: "noAction" | "amendment" | "part" | "draft";
                readonly parts?: string;
                readonly yes: number;
                readonly no: number;
                readonly abstain: number;
            };
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["VotePreview"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postVotesIdCorrections: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the vote's id, as the record gives it (hrc-34-l-42-2017-03-23) */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly tally: {
                        readonly yes: number;
                        readonly no: number;
                        readonly abstain: number;
                    };
                    readonly requestedBy?: string | null;
                    readonly reason: string;
                    /**
                     * @default secretariat
                     * @enum {string}
                     */
                    readonly decidedBy?: "secretariat" | "president" | "council";
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["VoteCorrected"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postDraftsSymbolAdoption: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Adopted"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postDraftsSymbolDissociations: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly state: string;
                    /** @default null */
                    readonly scope?: string | null;
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Appended"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postDraftsSymbolStatements: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5) */
                readonly symbol: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly state: string;
                    /** @enum {string} */
                    readonly statement: "introduction" | "generalComment" | "explanationBefore" | "explanationAfter" | "other";
                    /** @default null */
                    readonly summary?: string | null;
                    /** @default null */
                    readonly stance?: {
                        readonly on: string;
                        /** @enum {string} */
                        readonly stance: "for" | "against";
                    } | null;
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Appended"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postSessionsBodySessionMembersList: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the body, by its code: HRC, CHR or UNGA */
                readonly body: string;
                /** @description the session: its number (34) or a special session (S-16) */
                readonly session: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly text: string;
                    /**
                     * Format: date
                     * @description the first day of the terms
                     */
                    readonly from: string;
                    /**
                     * Format: date
                     * @description the last day of the terms
                     */
                    readonly to: string;
                    /**
                     * @description false (the default): only check; true: record
                     * @default false
                     */
                    readonly record?: boolean;
                };
            };
        };
        readonly responses: {
            /** @description OK */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly items: readonly components["schemas"]["MemberListItem"][];
                        /** @description the acts appended; null when only checked */
                        readonly recorded: {
                            readonly firstSeq: number;
                            readonly lastSeq: number;
                        } | null;
                    };
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly sessionsBodySessionCurrentVote: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the body, by its code: HRC, CHR or UNGA */
                readonly body: string;
                /** @description the session: its number (34) or a special session (S-16) */
                readonly session: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        /** @description null: no vote has been taken live at the session */
                        readonly vote: components["schemas"]["VoteDetail"] | null;
                    };
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postVotesOpen: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly subject: {
                        /** @enum {string} */
                        readonly kind: "noAction" | "amendment" | "part" | "draft";
                        readonly symbol: string;
                        readonly parts?: readonly string[];
                    };
                    /** @default null */
                    readonly requestedBy?: string | null;
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        /** @description the vote, at /api/v1/votes/{id} */
                        readonly id: string;
                        /** @description the journal seq of the act that holds it */
                        readonly seq: number;
                    };
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly putVotesIdBallot: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the vote's id, as the record gives it (hrc-34-l-42-2017-03-23) */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    /** @enum {string} */
                    readonly position: "yes" | "no" | "abstain";
                };
            };
        };
        readonly responses: {
            /** @description OK */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        /** @description the journal seq of the act that holds it */
                        readonly seq: number;
                    };
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly votesIdMyBallot: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the vote's id, as the record gives it (hrc-34-l-42-2017-03-23) */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        readonly vote: string;
                        readonly state: string;
                        /** @description null: the delegation has not voted yet */
                        readonly position: ("yes" | "no" | "abstain") | null;
                        readonly seq: number | null;
                    };
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postVotesIdClose: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the vote's id, as the record gives it (hrc-34-l-42-2017-03-23) */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["VoteDetail"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postVotesIdCancel: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the vote's id, as the record gives it (hrc-34-l-42-2017-03-23) */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly reason: string;
                };
            };
        };
        readonly responses: {
            /** @description OK */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        /** @description the journal seq of the act that holds it */
                        readonly seq: number;
                    };
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly analysisAgreement: {
        readonly parameters: {
            readonly query: {
                /** @description a body code (HRC, UNGA, CHR…); HRC when left out and the record holds it; all: every body, mixed */
                readonly body?: string;
                /** @description one session or several, separated by commas */
                readonly session?: string;
                /** @description votes on or after this date */
                readonly from?: string;
                /** @description votes on or before this date (a year or month includes all of it) */
                readonly to?: string;
                /** @description issues, comma-separated: names as the data gives them ("Human rights") or unvotes' codes (hr, me, co, di, ec, nu); 400 when the record holds none or not this one */
                readonly issue?: string;
                /** @description only votes the data marks important (unvotes' importantvote, the US State Department's list) */
                readonly important?: "true" | "false";
                /** @description leave out separate votes on paragraphs */
                readonly withoutParagraphs?: "true" | "false";
                /** @description a State by its ISO 3166-1 alpha-3 code (NOR) */
                readonly state: string;
                /** @description index (the agreement index, default) or coincidence (the US State Department's "voting coincidence") */
                readonly measure?: "index" | "coincidence";
                /** @description below this many votes a figure is withheld (null); default 10 */
                readonly minVotes?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["AgreementAnswer"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly analysisAgreementOverTime: {
        readonly parameters: {
            readonly query: {
                /** @description a body code (HRC, UNGA, CHR…); HRC when left out and the record holds it; all: every body, mixed */
                readonly body?: string;
                /** @description one session or several, separated by commas */
                readonly session?: string;
                /** @description votes on or after this date */
                readonly from?: string;
                /** @description votes on or before this date (a year or month includes all of it) */
                readonly to?: string;
                /** @description issues, comma-separated: names as the data gives them ("Human rights") or unvotes' codes (hr, me, co, di, ec, nu); 400 when the record holds none or not this one */
                readonly issue?: string;
                /** @description only votes the data marks important (unvotes' importantvote, the US State Department's list) */
                readonly important?: "true" | "false";
                /** @description leave out separate votes on paragraphs */
                readonly withoutParagraphs?: "true" | "false";
                /** @description a State by its ISO 3166-1 alpha-3 code (NOR) */
                readonly state: string;
                /** @description the other State, by its ISO 3166-1 alpha-3 code (CHN) */
                readonly with: string;
                /** @description session (default) or year */
                readonly by?: "session" | "year";
                /** @description index (the agreement index, default) or coincidence (the US State Department's "voting coincidence") */
                readonly measure?: "index" | "coincidence";
                /** @description below this many votes a figure is withheld (null); default 10 */
                readonly minVotes?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["AgreementOverTime"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly analysisAgreementMatrix: {
        readonly parameters: {
            readonly query?: {
                /** @description a body code (HRC, UNGA, CHR…); HRC when left out and the record holds it; all: every body, mixed */
                readonly body?: string;
                /** @description one session or several, separated by commas */
                readonly session?: string;
                /** @description votes on or after this date */
                readonly from?: string;
                /** @description votes on or before this date (a year or month includes all of it) */
                readonly to?: string;
                /** @description issues, comma-separated: names as the data gives them ("Human rights") or unvotes' codes (hr, me, co, di, ec, nu); 400 when the record holds none or not this one */
                readonly issue?: string;
                /** @description only votes the data marks important (unvotes' importantvote, the US State Department's list) */
                readonly important?: "true" | "false";
                /** @description leave out separate votes on paragraphs */
                readonly withoutParagraphs?: "true" | "false";
                /** @description the members of a regional group */
                readonly group?: "AFRICAN" | "APG" | "EEG" | "GRULAC" | "WEOG";
                /** @description States named, separated by commas (instead of group) */
                readonly states?: string;
                /** @description index (the agreement index, default) or coincidence (the US State Department's "voting coincidence") */
                readonly measure?: "index" | "coincidence";
                /** @description below this many votes a figure is withheld (null); default 10 */
                readonly minVotes?: string;
                /** @description the State whose ideal point is positive (default USA) */
                readonly anchor?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["AgreementMatrix"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly analysisCohesion: {
        readonly parameters: {
            readonly query?: {
                /** @description a body code (HRC, UNGA, CHR…); HRC when left out and the record holds it; all: every body, mixed */
                readonly body?: string;
                /** @description one session or several, separated by commas */
                readonly session?: string;
                /** @description votes on or after this date */
                readonly from?: string;
                /** @description votes on or before this date (a year or month includes all of it) */
                readonly to?: string;
                /** @description issues, comma-separated: names as the data gives them ("Human rights") or unvotes' codes (hr, me, co, di, ec, nu); 400 when the record holds none or not this one */
                readonly issue?: string;
                /** @description only votes the data marks important (unvotes' importantvote, the US State Department's list) */
                readonly important?: "true" | "false";
                /** @description leave out separate votes on paragraphs */
                readonly withoutParagraphs?: "true" | "false";
                /** @description a regional group */
                readonly group?: "AFRICAN" | "APG" | "EEG" | "GRULAC" | "WEOG";
                /** @description States named, separated by commas (instead of group) */
                readonly states?: string;
                /** @description true: each vote too, with its dissenters */
                readonly votes?: "true" | "false";
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Cohesion"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly analysisIdealPoints: {
        readonly parameters: {
            readonly query?: {
                /** @description a body code (HRC, UNGA, CHR…); HRC when left out and the record holds it; all: every body, mixed */
                readonly body?: string;
                /** @description one session or several, separated by commas */
                readonly session?: string;
                /** @description votes on or after this date */
                readonly from?: string;
                /** @description votes on or before this date (a year or month includes all of it) */
                readonly to?: string;
                /** @description issues, comma-separated: names as the data gives them ("Human rights") or unvotes' codes (hr, me, co, di, ec, nu); 400 when the record holds none or not this one */
                readonly issue?: string;
                /** @description only votes the data marks important (unvotes' importantvote, the US State Department's list) */
                readonly important?: "true" | "false";
                /** @description leave out separate votes on paragraphs */
                readonly withoutParagraphs?: "true" | "false";
                /** @description the State whose ideal point is positive (default USA) */
                readonly anchor?: string;
                /** @description below this many votes a figure is withheld (null); default 10 */
                readonly minVotes?: string;
                /** @description 95% intervals from a parametric bootstrap of this many replicates (1–1000; each is a whole fit) instead of the curvature */
                readonly bootstrap?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["IdealPoints"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly analysisConsensus: {
        readonly parameters: {
            readonly query?: {
                /** @description a body code (HRC, UNGA, CHR…); HRC when left out and the record holds it; all: every body, mixed */
                readonly body?: string;
                /** @description one session or several, separated by commas */
                readonly session?: string;
                /** @description votes on or after this date */
                readonly from?: string;
                /** @description votes on or before this date (a year or month includes all of it) */
                readonly to?: string;
                /** @description one State: its row, and its pairs with every other */
                readonly state?: string;
                /** @description below this many texts a percentage is withheld (null); default 10 */
                readonly minTexts?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Consensus"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly analysisForecast: {
        readonly parameters: {
            readonly query: {
                /** @description the symbol of a pending draft or amendment, such as A/HRC/35/L.1 */
                readonly subject: string;
                /** @description the session of a bare L number (L.5 with session=35 is A/HRC/35/L.5) */
                readonly session?: string;
                /** @description below this many ballots in the history window a member's forecast is withheld (null); default 10 */
                readonly minVotes?: string;
                /** @description a member whose most likely position is below this probability is a swing State; default 0.6 */
                readonly swing?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Forecast"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly checksAdoptedWithoutAmendment: {
        readonly parameters: {
            readonly query: {
                /** @description a draft by its symbol (A/HRC/34/L.5) */
                readonly draft: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["AdoptedWithoutAmendment"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly checksAmendmentsDefeated: {
        readonly parameters: {
            readonly query: {
                /** @description a draft by its symbol (A/HRC/34/L.5) */
                readonly draft: string;
                /** @description only the amendments proposed by any of these States (ISO3, comma-separated) */
                readonly proposers?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["AmendmentsDefeated"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly checksMajorityByGroup: {
        readonly parameters: {
            readonly query: {
                /** @description vote ids or symbols (drafts, amendments, resolutions), comma-separated */
                readonly subjects?: string;
                /** @description every vote on an amendment to this draft (instead of subjects) */
                readonly amendmentsTo?: string;
                /** @description the position a majority of each group is said to have taken */
                readonly position: "yes" | "no" | "abstain";
                /** @description of whom a majority: voting (those voting yes or no, the default), present (those listed as voting yes, no or abstaining), members (all the group's members of the body on the day) */
                readonly basis?: "voting" | "present" | "members";
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["MajorityByGroup"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly checksMajoritySpansGroups: {
        readonly parameters: {
            readonly query: {
                /** @description vote ids or symbols (drafts, amendments, resolutions), comma-separated */
                readonly subjects?: string;
                /** @description every vote on an amendment to this draft (instead of subjects) */
                readonly amendmentsTo?: string;
                /** @description the side said to have prevailed */
                readonly position: "yes" | "no";
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["MajoritySpansGroups"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly checksVotedEvery: {
        readonly parameters: {
            readonly query: {
                /** @description a State by its ISO 3166-1 alpha-3 code (NOR) */
                readonly state: string;
                /** @description the position the State is said to have taken every time */
                readonly position: "yes" | "no" | "abstain";
                /** @description every vote on an amendment to this draft */
                readonly amendmentsTo?: string;
                /** @description every vote on a text that created or renewed this mandate (its id, as /api/v1/mandates lists them) */
                readonly mandate?: string;
                /** @description vote ids or symbols (drafts, amendments, resolutions), comma-separated */
                readonly subjects?: string;
                /** @description only votes on or after this date */
                readonly from?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["VotedEvery"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly cardsVotesIdSvg: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the vote's id, as the record gives it (hrc-34-l-42-2017-03-23) */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "image/svg+xml": string;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly cardsScorecardsSvg: {
        readonly parameters: {
            readonly query?: {
                /** @description the positions an organisation or coalition took: support wants yes, oppose wants no */
                readonly org?: string;
                /** @description positions given outright: SYMBOL:yes|no, comma-separated */
                readonly positions?: string;
                /** @description every voted text whose title holds these words: drafts and resolutions want yes, amendments no */
                readonly search?: string;
                /** @description only votes of this body (HRC, UNGA) */
                readonly body?: string;
                /** @description one session or several, separated by commas */
                readonly sessions?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "image/svg+xml": string;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly cardsChecksAdoptedWithoutAmendmentSvg: {
        readonly parameters: {
            readonly query: {
                /** @description a draft by its symbol (A/HRC/34/L.5) */
                readonly draft: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "image/svg+xml": string;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly cardsChecksAmendmentsDefeatedSvg: {
        readonly parameters: {
            readonly query: {
                /** @description a draft by its symbol (A/HRC/34/L.5) */
                readonly draft: string;
                /** @description only the amendments proposed by any of these States (ISO3, comma-separated) */
                readonly proposers?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "image/svg+xml": string;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly cardsChecksMajorityByGroupSvg: {
        readonly parameters: {
            readonly query: {
                /** @description vote ids or symbols (drafts, amendments, resolutions), comma-separated */
                readonly subjects?: string;
                /** @description every vote on an amendment to this draft (instead of subjects) */
                readonly amendmentsTo?: string;
                /** @description the position a majority of each group is said to have taken */
                readonly position: "yes" | "no" | "abstain";
                /** @description of whom a majority: voting (those voting yes or no, the default), present (those listed as voting yes, no or abstaining), members (all the group's members of the body on the day) */
                readonly basis?: "voting" | "present" | "members";
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "image/svg+xml": string;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly cardsChecksMajoritySpansGroupsSvg: {
        readonly parameters: {
            readonly query: {
                /** @description vote ids or symbols (drafts, amendments, resolutions), comma-separated */
                readonly subjects?: string;
                /** @description every vote on an amendment to this draft (instead of subjects) */
                readonly amendmentsTo?: string;
                /** @description the side said to have prevailed */
                readonly position: "yes" | "no";
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "image/svg+xml": string;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly cardsChecksVotedEverySvg: {
        readonly parameters: {
            readonly query: {
                /** @description a State by its ISO 3166-1 alpha-3 code (NOR) */
                readonly state: string;
                /** @description the position the State is said to have taken every time */
                readonly position: "yes" | "no" | "abstain";
                /** @description every vote on an amendment to this draft */
                readonly amendmentsTo?: string;
                /** @description every vote on a text that created or renewed this mandate (its id, as /api/v1/mandates lists them) */
                readonly mandate?: string;
                /** @description vote ids or symbols (drafts, amendments, resolutions), comma-separated */
                readonly subjects?: string;
                /** @description only votes on or after this date */
                readonly from?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "image/svg+xml": string;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly cardsVotesIdPng: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the vote's id, as the record gives it (hrc-34-l-42-2017-03-23) */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "image/png": string;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly cardsScorecardsPng: {
        readonly parameters: {
            readonly query?: {
                /** @description the positions an organisation or coalition took: support wants yes, oppose wants no */
                readonly org?: string;
                /** @description positions given outright: SYMBOL:yes|no, comma-separated */
                readonly positions?: string;
                /** @description every voted text whose title holds these words: drafts and resolutions want yes, amendments no */
                readonly search?: string;
                /** @description only votes of this body (HRC, UNGA) */
                readonly body?: string;
                /** @description one session or several, separated by commas */
                readonly sessions?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "image/png": string;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly cardsChecksAdoptedWithoutAmendmentPng: {
        readonly parameters: {
            readonly query: {
                /** @description a draft by its symbol (A/HRC/34/L.5) */
                readonly draft: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "image/png": string;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly cardsChecksAmendmentsDefeatedPng: {
        readonly parameters: {
            readonly query: {
                /** @description a draft by its symbol (A/HRC/34/L.5) */
                readonly draft: string;
                /** @description only the amendments proposed by any of these States (ISO3, comma-separated) */
                readonly proposers?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "image/png": string;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly cardsChecksMajorityByGroupPng: {
        readonly parameters: {
            readonly query: {
                /** @description vote ids or symbols (drafts, amendments, resolutions), comma-separated */
                readonly subjects?: string;
                /** @description every vote on an amendment to this draft (instead of subjects) */
                readonly amendmentsTo?: string;
                /** @description the position a majority of each group is said to have taken */
                readonly position: "yes" | "no" | "abstain";
                /** @description of whom a majority: voting (those voting yes or no, the default), present (those listed as voting yes, no or abstaining), members (all the group's members of the body on the day) */
                readonly basis?: "voting" | "present" | "members";
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "image/png": string;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly cardsChecksMajoritySpansGroupsPng: {
        readonly parameters: {
            readonly query: {
                /** @description vote ids or symbols (drafts, amendments, resolutions), comma-separated */
                readonly subjects?: string;
                /** @description every vote on an amendment to this draft (instead of subjects) */
                readonly amendmentsTo?: string;
                /** @description the side said to have prevailed */
                readonly position: "yes" | "no";
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "image/png": string;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly cardsChecksVotedEveryPng: {
        readonly parameters: {
            readonly query: {
                /** @description a State by its ISO 3166-1 alpha-3 code (NOR) */
                readonly state: string;
                /** @description the position the State is said to have taken every time */
                readonly position: "yes" | "no" | "abstain";
                /** @description every vote on an amendment to this draft */
                readonly amendmentsTo?: string;
                /** @description every vote on a text that created or renewed this mandate (its id, as /api/v1/mandates lists them) */
                readonly mandate?: string;
                /** @description vote ids or symbols (drafts, amendments, resolutions), comma-separated */
                readonly subjects?: string;
                /** @description only votes on or after this date */
                readonly from?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "image/png": string;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly organisations: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Organisations"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postOrganisations: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly id: string;
                    readonly name: string;
                    /** @enum {string} */
                    readonly status: "general" | "special" | "roster" | "none";
                    /** @default null */
                    readonly country?: string | null;
                    /** @default null */
                    readonly website?: string | null;
                    /** @default [] */
                    readonly users?: readonly string[];
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["OrganisationWritten"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postCoalitions: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly id: string;
                    readonly name: string;
                    readonly members: readonly string[];
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["OrganisationWritten"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly positions: {
        readonly parameters: {
            readonly query?: {
                /** @description a draft by its symbol (A/HRC/34/L.5) */
                readonly draft?: string;
                readonly org?: string;
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Positions"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postPositions: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly organisation: string;
                    readonly on: string;
                    /** @default null */
                    readonly paragraph?: string | null;
                    /** @enum {string} */
                    readonly position: "support" | "oppose" | "seekChanges";
                    readonly text: string;
                    readonly date?: string;
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Appended"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly letters: {
        readonly parameters: {
            readonly query?: {
                /** @description a draft by its symbol (A/HRC/34/L.5) */
                readonly draft?: string;
                /** @description a State by its ISO 3166-1 alpha-3 code (NOR) */
                readonly state?: string;
                readonly org?: string;
                readonly status?: "published" | "all";
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Letters"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postLetters: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly organisation: string;
                    readonly title: string;
                    readonly text: string;
                    /** @default null */
                    readonly draft?: string | null;
                    readonly addressed: {
                        /** @enum {string} */
                        readonly to: "members";
                    } | {
                        /** @enum {string} */
                        readonly to: "group";
                        /** @enum {string} */
                        readonly group: "AFRICAN" | "APG" | "EEG" | "GRULAC" | "WEOG";
                    } | {
                        /** @enum {string} */
                        readonly to: "states";
                        readonly states: readonly string[];
                    };
                    readonly date?: string;
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["OrganisationWritten"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postLettersIdSignatures: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the vote's id, as the record gives it (hrc-34-l-42-2017-03-23) */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody: {
            readonly content: {
                readonly "application/json": {
                    readonly organisation: string;
                };
            };
        };
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Appended"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postLettersIdPublication: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                /** @description the vote's id, as the record gives it (hrc-34-l-42-2017-03-23) */
                readonly id: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description Created */
            readonly 201: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Appended"];
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the record as it stands */
            readonly 409: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by the rules of procedure */
            readonly 422: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; the Retry-After header says when to try again */
            readonly 429: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly organisationsMine: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["MyOrganisation"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the token is not valid) */
            readonly 401: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but not allowed to do this */
            readonly 403: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly stances: {
        readonly parameters: {
            readonly query: {
                /** @description a draft by its symbol (A/HRC/34/L.5) */
                readonly draft: string;
                readonly stance?: "for" | "against";
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Stances"];
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly scorecards: {
        readonly parameters: {
            readonly query?: {
                /** @description the positions an organisation or coalition took: support wants yes, oppose wants no */
                readonly org?: string;
                /** @description positions given outright: SYMBOL:yes|no, comma-separated */
                readonly positions?: string;
                /** @description every voted text whose title holds these words: drafts and resolutions want yes, amendments no */
                readonly search?: string;
                /** @description only votes of this body (HRC, UNGA) */
                readonly body?: string;
                /** @description one session or several, separated by commas */
                readonly sessions?: string;
                /** @description csv: one row per State (or send Accept: text/csv) */
                readonly format?: "json" | "csv";
            };
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": components["schemas"]["Scorecard"];
                    readonly "text/csv": string;
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly health: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged. */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        /** @enum {boolean} */
                        readonly ok: true;
                    };
                };
            };
            /** @description Not modified */
            readonly 304: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readonly postAlertsUnsubscribeToken: {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path: {
                readonly token: string;
            };
            readonly cookie?: never;
        };
        readonly requestBody?: never;
        readonly responses: {
            /** @description OK */
            readonly 200: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/json": {
                        /** @enum {boolean} */
                        readonly unsubscribed: true;
                        readonly address: string;
                    };
                };
            };
            /** @description Invalid request: each parameter at fault is named in `errors` */
            readonly 400: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            readonly 404: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; it has been logged */
            readonly 500: {
                headers: {
                    readonly [name: string]: unknown;
                };
                content: {
                    readonly "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
