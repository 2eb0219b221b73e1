// GET /user and GET /orgs/{org}/teams/{team_slug}/memberships/{username}: who the token is, and
// who is on a team — both configurable, including the 403s GITHUB_TOKEN gets.
import { notFound, resourceNotAccessible, type RouteResponse } from '../github-errors.js';
import { privateUserObject, teamMembershipObject } from '../github-objects.js';
import type { FakeContext, Route, RouteRequest } from '../fake-context.js';

export const identityRoutes: Route[] = [
  { method: 'GET', template: '/user', handler: getAuthenticatedUser },
  {
    method: 'GET',
    template: '/orgs/{org}/teams/{team_slug}/memberships/{username}',
    handler: getTeamMembership,
  },
];

async function getAuthenticatedUser(context: FakeContext): Promise<RouteResponse> {
  const user = context.settings.authenticatedUser;
  if (user === 'forbidden') {
    return resourceNotAccessible('https://docs.github.com/rest/users/users#get-the-authenticated-user');
  }
  return { status: 200, body: privateUserObject(context.urls, user) };
}

async function getTeamMembership(context: FakeContext, request: RouteRequest): Promise<RouteResponse> {
  const docs = 'https://docs.github.com/rest/teams/members#get-team-membership-for-a-user';
  if (context.settings.teamAccess === 'forbidden') return resourceNotAccessible(docs);
  const { org = '', team_slug: teamSlug = '', username = '' } = request.params;
  const members = Object.entries(context.settings.teams).find(
    ([key]) => key.toLowerCase() === `${org}/${teamSlug}`.toLowerCase(),
  )?.[1];
  const member = members
    ?.map((entry) => (typeof entry === 'string' ? { login: entry } : entry))
    .find((entry) => entry.login.toLowerCase() === username.toLowerCase());
  if (!member) return notFound(docs);
  return {
    status: 200,
    body: teamMembershipObject(
      context.urls,
      org,
      teamSlug,
      member.login,
      member.role ?? 'member',
      member.state ?? 'active',
    ),
  };
}
