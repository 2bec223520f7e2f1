import type { ServerLocale } from './problem-messages.js';

type Message = { title: string; detail: string };

/** Problems of post images and threads, and of the organisation's logo, in the two languages of the API. */
export const mediaProblemMessages: Record<string, Record<ServerLocale, Message>> = {
  image_too_large: {
    en: {
      title: 'Image too large',
      detail: 'This image is over 10 MB, the largest Cadence accepts. Choose a smaller file.',
    },
    fr: {
      title: 'Image trop lourde',
      detail: 'Cette image dépasse 10 Mo, le maximum accepté par Cadence. Choisissez un fichier plus léger.',
    },
  },
  image_type_not_supported: {
    en: {
      title: 'Image format not supported',
      detail: 'Send a JPEG, PNG, WebP or GIF image (SVG and other formats are refused).',
    },
    fr: {
      title: 'Format d’image non pris en charge',
      detail: 'Envoyez une image JPEG, PNG, WebP ou GIF (SVG et les autres formats sont refusés).',
    },
  },
  logo_too_large: {
    en: {
      title: 'Logo too large',
      detail: 'This file is over 2 MB, the largest logo Cadence accepts. Export a smaller one.',
    },
    fr: {
      title: 'Logo trop lourd',
      detail:
        'Ce fichier dépasse 2 Mo, le maximum accepté pour un logo. Exportez-en une version plus légère.',
    },
  },
  logo_type_not_supported: {
    en: {
      title: 'Logo format not supported',
      detail: 'Send the logo as a PNG, JPEG or WebP image (SVG, GIF and other formats are refused).',
    },
    fr: {
      title: 'Format de logo non pris en charge',
      detail: 'Envoyez le logo en PNG, JPEG ou WebP (SVG, GIF et les autres formats sont refusés).',
    },
  },
  image_unreadable: {
    en: { title: 'Unreadable image', detail: 'This image is damaged or incomplete and could not be read.' },
    fr: {
      title: 'Image illisible',
      detail: 'Cette image est endommagée ou incomplète : elle n’a pas pu être lue.',
    },
  },
  image_upload_expected: {
    en: { title: 'Image expected', detail: 'Send the image as a file (multipart/form-data).' },
    fr: { title: 'Image attendue', detail: 'Envoyez l’image comme fichier (multipart/form-data).' },
  },
  image_upload_broken: {
    en: { title: 'Upload interrupted', detail: 'The file arrived cut off or malformed. Try again.' },
    fr: { title: 'Envoi interrompu', detail: 'Le fichier est arrivé incomplet ou mal formé. Réessayez.' },
  },
  image_missing: {
    en: { title: 'No image', detail: 'The request holds no file.' },
    fr: { title: 'Aucune image', detail: 'La requête ne contient aucun fichier.' },
  },
  image_cannot_fit: {
    en: {
      title: 'Image cannot fit',
      detail: 'This image cannot be made smaller than {bytes} bytes for this network.',
    },
    fr: {
      title: 'Image impossible à réduire',
      detail: 'Cette image ne peut pas être ramenée sous {bytes} octets pour ce réseau.',
    },
  },
  media_unknown: {
    en: {
      title: 'Unknown image',
      detail: 'An image named here was not uploaded to this post, or was deleted.',
    },
    fr: {
      title: 'Image inconnue',
      detail: 'Une image indiquée n’a pas été ajoutée à cette publication, ou a été supprimée.',
    },
  },
  too_many_images: {
    en: {
      title: 'Too many images for {network}',
      detail: '{network} takes at most {max} images per post; this one has {count}. Remove some.',
    },
    fr: {
      title: 'Trop d’images pour {network}',
      detail: '{network} accepte au plus {max} images par publication ; celle-ci en a {count}. Retirez-en.',
    },
  },
  thread_not_supported: {
    en: {
      title: 'No threads on {network}',
      detail: '{network} does not take a post in several parts. Keep one part for it.',
    },
    fr: {
      title: 'Pas de fil sur {network}',
      detail: '{network} ne publie pas en plusieurs parties. Gardez une seule partie pour ce réseau.',
    },
  },
  thread_part_too_long: {
    en: {
      title: 'Too long for {network}',
      detail:
        'Part {part} of the {network} thread has {count} characters, over its limit of {limit}. Shorten it to schedule the post.',
    },
    fr: {
      title: 'Trop long pour {network}',
      detail:
        'La partie {part} du fil {network} compte {count} caractères, au-delà de sa limite de {limit}. Raccourcissez-la pour programmer la publication.',
    },
  },
  thread_part_empty: {
    en: {
      title: 'Empty part',
      detail: 'Part {part} of the {network} thread is empty. Write it or remove it before scheduling.',
    },
    fr: {
      title: 'Partie vide',
      detail: 'La partie {part} du fil {network} est vide. Écrivez-la ou retirez-la avant de programmer.',
    },
  },
};
