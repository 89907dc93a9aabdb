/**
 * Discord's limits on what a message may hold, in one place. discord.js 14 exports no constants for them (its
 * builders check them internally), so they are written out with their source:
 * https://discord.com/developers/docs/resources/message#embed-object-embed-limits,
 * https://discord.com/developers/docs/interactions/message-components and
 * https://discord.com/developers/docs/interactions/receiving-and-responding (autocomplete).
 * Discord refuses the whole message, not just the part, when one is exceeded.
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  /** Sum of every embed's title, description, field names and values, footer text and author name. */
  embedCharsPerMessage: 6000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  rowsPerMessage: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  selectOptions: 25,
  selectOptionLabel: 100,
  selectOptionDescription: 100,
  selectPlaceholder: 150,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;
