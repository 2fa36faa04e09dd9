import type { Result } from '../errors';
import type { MenuCommand, RendererChannel } from './channels';
import type { Input, Output } from './contract';

/**
 * What the renderer sees as `window.preseance`: one function per renderer channel, built from
 * RENDERER_CHANNELS, plus a subscription to native menu commands. Nothing else crosses the bridge.
 */
export type PreseanceApi = { [C in RendererChannel]: (input: Input<C>) => Promise<Result<Output<C>>> } & {
  onMenuCommand(listener: (command: MenuCommand, arg: string | null) => void): () => void;
};
