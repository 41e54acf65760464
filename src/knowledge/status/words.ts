import { localized as L } from '../guide/advice.ts';
import type { StatusRowKey } from './facts.ts';
import { CLIENT_STATUS_TEXTS } from './words-client.ts';
import type { StatusText } from './words-row.ts';
import { NOT_YOUR_SIDE, SERVER_STATUS_TEXTS } from './words-server.ts';

export type { StatusText } from './words-row.ts';

export const STATUS_TEXTS: Readonly<Record<StatusRowKey, StatusText>> = {
  ...CLIENT_STATUS_TEXTS,
  ...SERVER_STATUS_TEXTS,
  // One fallback per status class, from RFC 9110 §15 (the first digit defines the class).
  '1xx': {
    title: L('Provisional answer', 'Réponse provisoire'),
    meaning: L(
      'The server sent only a provisional answer and the exchange stopped there: the connection probably broke before the real answer.',
      'Le serveur n’a envoyé qu’une réponse provisoire et l’échange s’est arrêté là : la connexion a sans doute été coupée avant la vraie réponse.',
    ),
    next: ['check-connection'],
    dont: ['retry-loop'],
  },
  '2xx': {
    title: L('Success', 'Succès'),
    meaning: L(
      'The server answered normally: this request did not fail. If playback still fails, the cause is in another request.',
      'Le serveur a répondu normalement : cette requête n’a pas échoué. Si la lecture échoue quand même, la cause est dans une autre requête.',
    ),
    next: [],
    dont: [],
  },
  '3xx': {
    title: L('Sent elsewhere', 'Renvoi vers une autre adresse'),
    meaning: L(
      'The server sent the app somewhere else. If nothing followed, the detour led to a dead end: an old address or a sign-in page.',
      'Le serveur a renvoyé l’application ailleurs. Si rien n’a suivi, le détour menait à une impasse : une ancienne adresse ou une page de connexion.',
    ),
    next: ['refresh-list', 'update-app'],
    dont: ['reinstall-loop'],
  },
  '4xx': {
    title: L('Request refused', 'Requête refusée'),
    meaning: L(
      'The server turned this request down for a reason tied to the request itself. This code is less common; the proofs tell network from account.',
      'Le serveur a rejeté cette requête pour une raison liée à la requête elle-même. Ce code est moins courant ; les vérifications départagent réseau et compte.',
    ),
    next: ['wifi-vs-mobile', 'other-device', 'update-app'],
    dont: ['random-codes', 'reinstall-loop'],
  },
  '5xx': {
    title: L('Server error', 'Erreur du serveur'),
    meaning: L(
      'The provider’s side failed to answer properly. It is an outage on their side, not a refusal.',
      'Le côté fournisseur n’a pas su répondre correctement. C’est une panne de son côté, pas un refus.',
    ),
    next: ['wait-for-server', 'try-other-channel'],
    dont: [NOT_YOUR_SIDE, 'reinstall-loop'],
  },
  // Outside 100–599 (LinkedIn's 999, a corrupted HAR): only the sender's own documentation can say.
  other: {
    title: L('Non-standard status', 'Code non standard'),
    meaning: L(
      'The server answered with a code outside the standard range; only its own documentation can say what it means.',
      'Le serveur a répondu avec un code hors de la norme ; seule sa propre documentation peut dire ce qu’il signifie.',
    ),
    next: ['wifi-vs-mobile', 'contact-support'],
    dont: ['random-codes'],
  },
};
