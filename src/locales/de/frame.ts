import { issueLine } from '../../elements/base/issue-line.js';
import type { FrameMessages } from '../../elements/base/messages.js';

/** German: FrameMessages. */
export const de: FrameMessages = {
  loading: 'Wird geladen…',
  empty: 'Keine Daten für diesen Zeitraum.',
  retry: 'Erneut versuchen',
  errorTitle: {
    config: 'Dieses Diagramm ist nicht richtig eingerichtet',
    network: 'Der Analysedienst ist nicht erreichbar',
    http: 'Der Analysedienst hat einen Fehler gemeldet',
    'rate-limited': 'Gerade zu viele Anfragen',
    validation: 'Der Analysedienst hat Daten gesendet, die dieses Diagramm nicht lesen kann',
    timeout: 'Der Analysedienst hat nicht rechtzeitig geantwortet',
  },
  retryIn: (seconds) => `In ${seconds} s erneut versuchen.`,
  errors: {
    timeout: 'Es kam keine Antwort: Der Proxy oder etwas davor ist vielleicht ausgefallen oder überlastet.',
    notSuccess: 'Braze hat ohne Daten geantwortet:',
    unauthorized:
      'Der Braze-API-Schlüssel des Proxys wurde abgelehnt: Er ist vielleicht falsch oder gehört zu einer anderen Braze-Instanz.',
    forbidden:
      'Der Braze-API-Schlüssel des Proxys darf diese Daten nicht lesen (fehlende Berechtigung oder Tarif).',
    notFound: 'Braze hat unter dieser ID nichts: Prüfen Sie die IDs des Elements.',
    network: 'Der Analyse-Proxy ist nicht erreichbar',
    networkRead: 'Die Verbindung ist beim Lesen der Antwort abgebrochen',
    httpStatus: (status) => `Die Anfrage ist mit HTTP ${status} fehlgeschlagen`,
    rateLimited: 'Zu viele Anfragen: Das Braze-Anfragelimit ist erreicht',
    invalidJson: 'Der Server hat mit ungültigem JSON geantwortet',
    schema: (endpoint) => `Die Antwort von ${endpoint} hat nicht die erwartete Form`,
    issue: issueLine({
      answer: 'Antwort',
      type: (expected) =>
        expected ? `fehlt oder hat nicht den Typ ${expected}` : 'fehlt oder ist kein gültiger Wert',
      keys: (keys) => `unbekannte Felder ${keys}`,
      range: 'außerhalb des erlaubten Bereichs',
      format: 'falsches Format',
      other: 'ungültiger Wert',
    }),
    required: (attribute) => `Das Attribut ${attribute} fehlt.`,
    proxyUrl: 'proxy-url muss eine (absolute oder relative) http(s)-URL ohne Query-String sein.',
    length: (max) => `length muss eine ganze Zahl von 1 bis ${max} sein`,
    endingAt: 'ending-at muss ein Datum oder Zeitpunkt nach ISO 8601 sein, z. B. 2024-05-01T00:00:00-05:00',
    unit: 'unit muss day oder hour sein',
    id: (attribute) =>
      `${attribute} muss aus 1–128 Buchstaben, Ziffern oder den Zeichen „_“, „-“, „.“, „:“ bestehen`,
    invalidAttribute: (attribute) => `${attribute} hat einen ungültigen Wert`,
    unknownParams: (names) => `Unbekannte Parameter: ${names}`,
  },
  noAnalytics: {
    title: 'Analyse-Tracking ist für dieses Segment aus',
    lines: [
      'Braze meldet dies nur für Segmente mit Analyse-Tracking.',
      'Schalten Sie das Analyse-Tracking des Segments in Braze ein (Segmente › Analyse-Tracking) und laden Sie neu.',
    ],
  },
  duplicates: (dates, sum) =>
    `Braze hat ${dates} mehrfach gesendet: ${sum ? 'Die Werte werden addiert' : 'Der letzte Wert wird gezeigt'}.`,
  noData: 'keine Daten',
  hidden: '(ausgeblendet)',
  showTable: 'Als Tabelle anzeigen',
  hideTable: 'Tabelle ausblenden',
  tableCaption: (title) => `${title}: Datentabelle`,
  date: 'Datum',
  category: 'Kategorie',
  series: 'Reihe',
  count: 'Anzahl',
  total: 'Gesamt',
  download: 'Herunterladen',
  downloadCSV: 'CSV herunterladen',
  downloadSVG: 'SVG herunterladen',
  downloadPNG: 'PNG herunterladen',
  pngBlocked:
    'Diese Seite erlaubt das Bild nicht, aus dem ein PNG entsteht. Laden Sie stattdessen SVG herunter.',
  keyboardHint:
    'Mit den Pfeiltasten zwischen Punkten wechseln, Pos1 und Ende springen an die Enden, Eingabe wählt aus, Escape schließt den Tooltip und verlässt, erneut gedrückt, das Diagramm.',
  chart: 'Diagramm',
};
