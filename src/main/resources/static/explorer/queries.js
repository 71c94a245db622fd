// Every GraphQL document the explorer sends. Each view shows its own under "This view's query",
// so what the page draws can be fetched by a dashboard in the same words.

const CITATION = `fragment Cite on Citation {
  quote paragraph detail
  document { id name ... on Document { date } }
  reference { id title publisher url }
}`;

export const SEARCH = `query Suggest($query: String!) {
  search(query: $query, first: 8) {
    edges { score node { id name kind aliases } }
  }
}`;

export const OVERVIEW = `query Overview {
  stats {
    entities relations
    byKind { key count }
    byRelationType { key count }
    mostConnected(limit: 12) { degree entity { id name kind } }
  }
}`;

const RELATION_PAGE = `fragment RelationPage on RelationConnection {
  totalCount
  pageInfo { hasNextPage endCursor }
  edges {
    id type direction date since until asOf role count
    node { id name kind }
    citations { ...Cite }
  }
}
${CITATION}`;

export const ENTITY = `query Entity($id: ID!, $after: String) {
  entity(id: $id) {
    id name kind kinds aliases description version
    citations { ...Cite }
    ... on MemberState { iso2 iso3 m49 }
    ... on Meeting {
      date endDate status place sequence scheduledAsOf
      attendanceMemberStates attendanceNetworkRepresentatives attendanceCivilSociety
    }
    ... on Statement { statementType date }
    ... on Document { date documentType speaker }
    ... on Event { date }
    ... on Objective { number shortLabel }
    mentionedIn { number document { id name } }
    relations(first: 100, after: $after) { ...RelationPage }
  }
}
${RELATION_PAGE}`;

/** The next page of an entity's relations, without asking again for the rest of the entity. */
export const RELATIONS = `query Relations($id: ID!, $after: String) {
  entity(id: $id) {
    relations(first: 100, after: $after) { ...RelationPage }
  }
}
${RELATION_PAGE}`;

const SUBGRAPH = `fragment Drawn on Subgraph {
  truncated
  nodes { id name kind }
  edges { id type source target }
}`;

export const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $relationTypes: [String!], $kinds: [String!], $limit: Int, $asOf: String) {
  neighborhood(id: $id, depth: $depth, relationTypes: $relationTypes, kinds: $kinds, limit: $limit, asOf: $asOf) { ...Drawn }
}
${SUBGRAPH}`;

export const NETWORK = `query Network($kinds: [String!], $relationTypes: [String!], $asOf: String) {
  network(kinds: $kinds, relationTypes: $relationTypes, limit: 1000, asOf: $asOf) {
    ...Drawn
    metrics { entity { id } degree betweenness pageRank community }
  }
}
${SUBGRAPH}`;

/** Which region each Member State lies in, and which regions the regions are part of: for grouping States. */
export const REGIONS = `query Regions {
  network(kinds: ["MemberState", "Region"], relationTypes: ["IN_REGION", "PART_OF"], limit: 1000) {
    nodes { id name kind }
    edges { source target type }
  }
}`;

export const RELATION = `query Relation($id: ID!) {
  relation(id: $id) {
    id type
    from { id name kind }
    to { id name kind }
    properties { key value }
    citations { ...Cite }
  }
}
${CITATION}`;

export const VOCABULARY = `query Vocabulary {
  vocabulary { kinds { name count } relationTypes { name count structural } }
}`;

export const PATHS = `query Paths($from: ID!, $to: ID!, $maxHops: Int) {
  allShortestPaths(from: $from, to: $to, maxHops: $maxHops, limit: 10) {
    length
    nodes { id name kind }
    edges { id type source target date role citations { ...Cite } }
  }
}
${CITATION}`;

export const NAMES = `query Names($ids: [ID!]!) {
  nodes(ids: $ids) { id ... on Entity { name kind } }
}`;

/**
 * A page of the timeline: the view shows the first and adds the next on "Show more". Only the
 * first page is counted (counted: false after it): the count reads every dated entity.
 */
export const TIMELINE = `query Timeline($from: String, $to: String, $asOf: String, $first: Int, $after: String, $counted: Boolean = true) {
  timelineItems(from: $from, to: $to, kinds: ["Meeting", "Event", "Initiative"], asOf: $asOf, first: $first, after: $after) {
    totalCount @include(if: $counted)
    pageInfo { hasNextPage endCursor }
    nodes {
      date endDate status
      entity { id name kind description ... on Meeting { place } }
    }
  }
}`;

/** The dates the time slider stops at: when each meeting, event and process began. */
export const DATES = `query Dates {
  timelineDates(kinds: ["Meeting", "Event", "Initiative"])
}`;

export const DOCUMENTS = `query Documents {
  documents(first: 100, orderBy: [{ field: DATE }]) {
    edges { node { id name description ... on Document { date documentType speaker } } }
  }
}`;

export const DOCUMENT = `query Document($id: ID!) {
  entity(id: $id) {
    id name kind description
    ... on Document {
      date documentType speaker
      paragraphs { number text mentions { id name kind } }
    }
  }
}`;

export const TEXT_MENTIONS = `query TextMentions($id: ID!) {
  textMentions(document: $id) { paragraph start end surface entityId entityName candidates rule }
}`;

const PROPOSAL_FIELDS = `id document kind status entityKind suggestedId name from type to paragraph quote confidence rule
  properties { key value } acceptedAs reviewedBy reviewReason`;

export const PROPOSALS = `query Proposals($id: ID!, $after: String) {
  proposals(document: $id, status: PROPOSED, first: 100, after: $after) {
    edges { node { ${PROPOSAL_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const ACCEPT_PROPOSAL = `mutation AcceptProposal($input: AcceptProposalInput!) {
  acceptProposal(input: $input) { proposal { ${PROPOSAL_FIELDS} } revision userErrors { field code message } }
}`;

export const ACCEPT_PROPOSALS = `mutation AcceptProposals($input: AcceptProposalsInput!) {
  acceptProposals(input: $input) { proposals { ${PROPOSAL_FIELDS} } revision userErrors { field code message } }
}`;

export const REJECT_PROPOSAL = `mutation RejectProposal($input: RejectProposalInput!) {
  rejectProposal(input: $input) { proposal { ${PROPOSAL_FIELDS} } userErrors { field code message } }
}`;

export const INGEST_DOCUMENT = `mutation IngestDocument($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    document { id } documentAdded paragraphs mentions ambiguousMentions proposals newProposals
    userErrors { field code message }
  }
}`;
