import { z } from 'zod';
import { emailSchema } from '@e-galleria/shared/auth';
import { localeSchema } from '@e-galleria/shared/locales';
import { slugSchema } from '@e-galleria/shared/slug';
import { slugify } from '@e-galleria/shared/slugify';
import type { InvitationsService } from '../modules/invitations/invitations.service.ts';
import type { MunicipalitiesService } from '../modules/municipalities/municipalities.service.ts';

const nameSchema = z.string().trim().min(1).max(120);

/** What `npm run setup` is told on its command line. */
export const setupInputSchema = z
  .object({
    region: nameSchema,
    /** From the region's name when not given: `Västerbotten` → `vasterbotten`. */
    regionSlug: slugSchema.optional(),
    adminEmail: emailSchema,
    municipalities: z.array(nameSchema).max(300).default([]),
    locale: localeSchema.default('sv'),
  })
  .strict();

export type SetupReport = {
  region: { slug: string; name: string; isNew: boolean };
  municipalities: { slug: string; name: string; isNew: boolean }[];
  invitedEmail: string;
};

/**
 * A production installation from an empty database (DESIGN §1, issue 12): the region, any
 * municipalities named, and an invitation for its first region admin through the usual
 * invitation mail. Running it again changes nothing that exists and invites again, so an
 * invitation that expired unused is simply sent anew.
 */
export async function setUpInstallation(
  services: { municipalities: MunicipalitiesService; invitations: InvitationsService },
  /** As given on the command line; validated here. */
  rawInput: unknown,
): Promise<SetupReport> {
  const input = setupInputSchema.parse(rawInput);
  const region = await services.municipalities.setUpRegion({
    slug: input.regionSlug ?? slugSchema.parse(slugify(input.region)),
    name: input.region,
  });
  const municipalities = [];
  for (const name of input.municipalities)
    municipalities.push(
      await services.municipalities.setUpMunicipality({
        slug: slugSchema.parse(slugify(name)),
        name,
      }),
    );
  const invitation = await services.invitations.inviteFirstRegionAdmin({
    email: input.adminEmail,
    locale: input.locale,
  });
  return { region, municipalities, invitedEmail: invitation.email };
}
