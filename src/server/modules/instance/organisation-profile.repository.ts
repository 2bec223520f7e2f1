import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.js';
import { organisationProfile } from './instance.table.js';
import type { CleanLogo } from './organisation-logo.js';

const columnsWithoutBytes = {
  name: organisationProfile.name,
  website: organisationProfile.website,
  contactLine: organisationProfile.contactLine,
  logoMimeType: organisationProfile.logoMimeType,
  logoWidth: organisationProfile.logoWidth,
  logoHeight: organisationProfile.logoHeight,
  logoByteSize: sql<number | null>`octet_length(${organisationProfile.logo})::int`,
  logoUpdatedAt: organisationProfile.logoUpdatedAt,
};

/** The instance's one organisation row (`singleton` true), created by whichever write comes first. */
export function createOrganisationProfileRepository(db: Queryable) {
  const only = eq(organisationProfile.singleton, true);
  return {
    async find() {
      const [row] = await db.select(columnsWithoutBytes).from(organisationProfile).where(only);
      return row ?? null;
    },

    /** The logo's bytes, or null when none is set. */
    async findLogo() {
      const [row] = await db
        .select({
          bytes: organisationProfile.logo,
          mimeType: organisationProfile.logoMimeType,
          width: organisationProfile.logoWidth,
          height: organisationProfile.logoHeight,
        })
        .from(organisationProfile)
        .where(only);
      if (!row?.bytes || !row.mimeType || !row.width || !row.height) return null;
      return { bytes: row.bytes, mimeType: row.mimeType, width: row.width, height: row.height };
    },

    async saveDetails(
      details: { name: string; website: string; contactLine: string },
      userId: string,
      now: Date,
    ) {
      const values = { ...details, updatedBy: userId, updatedAt: now };
      await db
        .insert(organisationProfile)
        .values({ singleton: true, ...values })
        .onConflictDoUpdate({ target: organisationProfile.singleton, set: values });
    },

    async saveLogo(logo: CleanLogo | null, userId: string, now: Date) {
      const values = {
        logo: logo?.bytes ?? null,
        logoMimeType: logo?.mimeType ?? null,
        logoWidth: logo?.width ?? null,
        logoHeight: logo?.height ?? null,
        logoUpdatedAt: logo ? now : null,
        updatedBy: userId,
        updatedAt: now,
      };
      await db
        .insert(organisationProfile)
        .values({ singleton: true, ...values })
        .onConflictDoUpdate({ target: organisationProfile.singleton, set: values });
    },

    async delete() {
      await db.delete(organisationProfile).where(only);
    },
  };
}

export type OrganisationProfileRepository = ReturnType<typeof createOrganisationProfileRepository>;
