// multipart/form-data as the platforms read it (RFC 7578): the parts of a
// body by boundary, each with its name, filename, content type and bytes
// exactly as sent. For the doubles of uploads (Slack's upload URL, Discord's
// message attachments).

export interface FormPart {
  name: string | undefined;
  filename: string | undefined;
  contentType: string | undefined;
  bytes: Buffer;
}

/** The boundary of a multipart/form-data content type; undefined for any other type. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  if (contentType === undefined || !/^multipart\/form-data\b/iu.test(contentType)) return undefined;
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/iu.exec(contentType);
  return m?.[1] ?? m?.[2];
}

function header(head: string, pattern: RegExp): string | undefined {
  return pattern.exec(head)?.[1];
}

/** The parts of `body`; undefined when it is not well-formed multipart with that boundary. */
export function parseMultipart(body: Buffer, boundary: string): FormPart[] | undefined {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: FormPart[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) return undefined;
  for (;;) {
    at += delimiter.length;
    if (body.subarray(at, at + 2).toString('latin1') === '--') return parts;
    if (body.subarray(at, at + 2).toString('latin1') !== '\r\n') return undefined;
    const headEnd = body.indexOf('\r\n\r\n', at);
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), at);
    if (headEnd < 0 || next < 0 || headEnd > next) return undefined;
    const head = body.subarray(at + 2, headEnd).toString('utf8');
    parts.push({
      name: header(head, /content-disposition:[^\r\n]*\bname="([^"]*)"/iu),
      filename: header(head, /content-disposition:[^\r\n]*\bfilename="([^"]*)"/iu),
      contentType: header(head, /content-type:\s*([^\r\n;]+)/iu),
      bytes: body.subarray(headEnd + 4, next),
    });
    at = next + 2;
  }
}
