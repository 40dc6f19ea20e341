import { issueLine } from '../../elements/base/issue-line.js';
import type { FrameMessages } from '../../elements/base/messages.js';

/** French: FrameMessages. */
export const fr: FrameMessages = {
  loading: 'Chargement…',
  empty: 'Aucune donnée pour cette période.',
  retry: 'Réessayer',
  errorTitle: {
    config: 'Ce graphique n’est pas correctement configuré',
    network: 'Le service d’analyse est injoignable',
    http: 'Le service d’analyse a renvoyé une erreur',
    'rate-limited': 'Trop de requêtes pour le moment',
    validation: 'Le service d’analyse a envoyé des données que ce graphique ne sait pas lire',
    timeout: 'Le service d’analyse n’a pas répondu à temps',
  },
  retryIn: (seconds) => `Réessayez dans ${seconds} s.`,
  errors: {
    timeout:
      'Aucune réponse\u00a0: le proxy, ou ce qui se trouve devant lui, est peut-être en panne ou surchargé.',
    notSuccess: 'Braze a répondu sans données\u00a0:',
    unauthorized:
      'La clé d’API Braze du proxy a été refusée\u00a0: elle est peut-être erronée ou d’une autre instance Braze.',
    forbidden: 'La clé d’API Braze du proxy ne peut pas lire ces données (autorisation manquante ou offre).',
    notFound: 'Braze n’a rien sous cet identifiant\u00a0: vérifiez les identifiants de l’élément.',
    network: 'Le proxy d’analyse est injoignable',
    networkRead: 'La connexion a été coupée pendant la lecture de la réponse',
    httpStatus: (status) => `La requête a échoué avec le code HTTP ${status}`,
    rateLimited: 'Trop de requêtes\u00a0: la limite de débit de Braze est atteinte',
    invalidJson: 'Le serveur a répondu avec un JSON invalide',
    schema: (endpoint) => `La réponse de ${endpoint} n’a pas la forme attendue`,
    issue: issueLine({
      answer: 'réponse',
      type: (expected) => (expected ? `absent ou pas du type ${expected}` : 'absent ou valeur non valide'),
      keys: (keys) => `champs inconnus ${keys}`,
      range: 'hors des limites permises',
      format: 'format incorrect',
      other: 'valeur non valide',
    }),
    required: (attribute) => `L’attribut ${attribute} est obligatoire.`,
    proxyUrl: 'proxy-url doit être une URL http(s) (absolue ou relative) sans chaîne de requête.',
    length: (max) => `length doit être un nombre entier de 1 à ${max}`,
    endingAt: 'ending-at doit être une date ou un horodatage ISO 8601, par exemple 2024-05-01T00:00:00-05:00',
    unit: 'unit doit valoir day ou hour',
    id: (attribute) =>
      `${attribute} doit compter de 1 à 128 lettres, chiffres ou caractères « _ », « - », « . », « : »`,
    invalidAttribute: (attribute) => `${attribute} a une valeur non valide`,
    unknownParams: (names) => `Paramètres inconnus\u00a0: ${names}`,
  },
  noAnalytics: {
    title: 'Le suivi analytique est désactivé pour ce segment',
    lines: [
      'Braze ne communique ces données que pour les segments dont le suivi analytique est activé.',
      'Activez le suivi analytique du segment dans Braze (Segments › Suivi analytique), puis rechargez.',
    ],
  },
  duplicates: (dates, sum) =>
    `Braze a envoyé ${dates} plusieurs fois\u00a0: ${sum ? 'les valeurs sont additionnées' : 'la dernière valeur est affichée'}.`,
  noData: 'aucune donnée',
  hidden: '(masquée)',
  showTable: 'Afficher sous forme de tableau',
  hideTable: 'Masquer le tableau',
  tableCaption: (title) => `${title}\u00a0: tableau des données`,
  date: 'Date',
  category: 'Catégorie',
  series: 'Série',
  count: 'Nombre',
  total: 'Total',
  download: 'Télécharger',
  downloadCSV: 'Télécharger en CSV',
  downloadSVG: 'Télécharger en SVG',
  downloadPNG: 'Télécharger en PNG',
  pngBlocked: 'Cette page bloque l’image du PNG : téléchargez le SVG.',
  keyboardHint:
    'Les flèches passent d’un point à l’autre, Début et Fin vont aux extrémités, Entrée sélectionne, Échap ferme l’info-bulle puis, une seconde fois, quitte le graphique.',
  chart: 'graphique',
};
