/**
 * The file names that make a folder a connector, shared by client and server so both recognise the same files: the
 * client watches them and enables its commands on them, the server checks them. The client imports the server only
 * through `protocol/`, and these are the only functions it needs (pure, dependency-free, from `core`). The files
 * beside them that rules read (icon.png, script.csx, readme.md, intro.md) are `artifactKindOf`'s.
 */
export { artifactKindOf, fileKindOf, isIndependentPublisherPath } from '../core/connector';
