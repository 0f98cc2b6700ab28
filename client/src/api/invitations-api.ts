import type { z } from 'zod';
import type {
  Invitation,
  InvitationPreview,
  acceptInvitationBodySchema,
  acceptInvitationResponseSchema,
  createInvitationBodySchema,
} from '@e-galleria/shared/invitations';
import type { ListResponse } from '@e-galleria/shared/lists';
import { requestJson } from './http-client.ts';

export type CreateInvitationBody = z.input<typeof createInvitationBodySchema>;
export type AcceptInvitationBody = z.input<typeof acceptInvitationBodySchema>;
export type AcceptInvitationResponse = z.infer<typeof acceptInvitationResponseSchema>;

function invitationsPath(municipalitySlug: string): string {
  return `/v1/admin/municipalities/${encodeURIComponent(municipalitySlug)}/invitations`;
}

export function listMunicipalityInvitations(
  municipalitySlug: string,
  signal?: AbortSignal,
): Promise<ListResponse<Invitation>> {
  return requestJson(invitationsPath(municipalitySlug), { signal });
}

export function inviteMunicipalityAdmin(
  municipalitySlug: string,
  body: CreateInvitationBody,
): Promise<{ invitation: Invitation }> {
  return requestJson(invitationsPath(municipalitySlug), { method: 'POST', body });
}

export function previewInvitation(
  token: string,
  signal?: AbortSignal,
): Promise<{ invitation: InvitationPreview }> {
  return requestJson(`/v1/invitations/${encodeURIComponent(token)}`, { signal });
}

export function acceptInvitation(
  token: string,
  body: AcceptInvitationBody,
): Promise<AcceptInvitationResponse> {
  return requestJson(`/v1/invitations/${encodeURIComponent(token)}/accept`, {
    method: 'POST',
    body,
  });
}
