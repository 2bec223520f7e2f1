import type { FastifyRequest } from 'fastify';
import { HttpProblem } from './problem.js';

/**
 * The one file of a multipart body (the route registers @fastify/multipart with its size cap);
 * a cut or malformed body is the sender's problem, never a 500.
 */
export async function readUploadedFile(request: FastifyRequest, tooLarge: () => HttpProblem) {
  if (!request.isMultipart()) throw new HttpProblem(415, 'image_upload_expected');
  try {
    const file = await request.file();
    if (!file) throw new HttpProblem(400, 'image_missing');
    return { bytes: await file.toBuffer(), fileName: file.filename };
  } catch (error) {
    if (error instanceof HttpProblem) throw error;
    // A body without Content-Length (chunked) meets the stream's cap instead.
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw new HttpProblem(400, 'image_upload_broken');
  }
}
