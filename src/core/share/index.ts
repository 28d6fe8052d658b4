export { encodeShareFragment, decodeShareFragment, shareLink, SHARE_FORMAT, type DecodedShare, type ShareOptions } from './shareLink';
export { MAX_INFLATED_BYTES } from './deflate';
