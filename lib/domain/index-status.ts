/** The installed event index, as the popup and options page describe it. */
export interface IndexStatus {
  publisher: string;
  title: string;
  version: number;
  events: number;
  generated: string;
  expires: string;
  /** Epoch ms when this index was loaded into the extension. */
  loadedAt: number;
}
