import type { OrganisationProfile, SaveOrganisationBody } from '../../../contracts/organisation.js';
import { saveOrganisationBodySchema } from '../../../contracts/organisation.js';
import type { Clock } from '../../platform/clock.js';
import { notFound } from '../../platform/problem.js';
import { cleanUploadedLogo } from './organisation-logo.js';
import type { OrganisationProfileRepository } from './organisation-profile.repository.js';

/** What a report prints of the organisation; null when nothing is set (the report stays unbranded). */
export type ReportBranding = {
  name: string;
  website: string;
  contactLine: string;
  logo: { bytes: Buffer; mimeType: 'image/png' | 'image/jpeg'; width: number; height: number } | null;
};

const emptyProfile: OrganisationProfile = { name: '', website: '', contactLine: '', logo: null };

export function createOrganisationProfileService(deps: {
  organisationProfileRepository: OrganisationProfileRepository;
  clock: Clock;
}) {
  const repository = deps.organisationProfileRepository;

  async function readProfile(): Promise<OrganisationProfile> {
    const row = await repository.find();
    if (!row) return emptyProfile;
    const hasLogo = row.logoMimeType && row.logoWidth && row.logoHeight && row.logoUpdatedAt;
    return {
      name: row.name,
      website: row.website,
      contactLine: row.contactLine,
      logo: hasLogo
        ? {
            mimeType: row.logoMimeType as 'image/png' | 'image/jpeg',
            width: row.logoWidth as number,
            height: row.logoHeight as number,
            byteSize: row.logoByteSize ?? 0,
            updatedAt: (row.logoUpdatedAt as Date).toISOString(),
          }
        : null,
    };
  }

  return {
    readProfile,

    async saveDetails(body: SaveOrganisationBody, userId: string) {
      await repository.saveDetails(saveOrganisationBodySchema.parse(body), userId, deps.clock.now());
      return readProfile();
    },

    /** Cleans the file first (sharp, outside any transaction), then keeps it in place of the old one. */
    async saveLogo(file: Buffer, userId: string) {
      const logo = await cleanUploadedLogo(file);
      await repository.saveLogo(logo, userId, deps.clock.now());
      return readProfile();
    },

    async readLogo() {
      const logo = await repository.findLogo();
      if (!logo) throw notFound();
      return { bytes: Buffer.from(logo.bytes), mimeType: logo.mimeType };
    },

    async deleteLogo(userId: string) {
      if (!(await repository.findLogo())) throw notFound();
      await repository.saveLogo(null, userId, deps.clock.now());
    },

    deleteProfile: () => repository.delete(),

    /** For the reports: the name, contact line and logo bytes, or null while neither name nor logo is set. */
    async readBranding(): Promise<ReportBranding | null> {
      const [row, logo] = await Promise.all([repository.find(), repository.findLogo()]);
      if (!row || (row.name === '' && !logo)) return null;
      return {
        name: row.name,
        website: row.website,
        contactLine: row.contactLine,
        logo: logo ? { ...logo, bytes: Buffer.from(logo.bytes) } : null,
      };
    },
  };
}

export type OrganisationProfileService = ReturnType<typeof createOrganisationProfileService>;
