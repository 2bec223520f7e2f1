/** A one-file multipart body (field `file`) as a browser's FormData sends it, with its header. */
export function multipartFile(bytes: Buffer, fileName: string, contentType: string) {
  const boundary = '----cadence-test-upload';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
