import type { FastifyReply } from 'fastify';
import { ApiErrorCode } from '../../shared/api/errors';
import type { UploadRefusal } from '../files/readUpload';
import { sendError } from './errors';

/** The HTTP answer to an upload `readUpload` refused: each reason its own status and code. */
export function sendUploadRefusal(reply: FastifyReply, refusal: UploadRefusal): FastifyReply {
  switch (refusal.reason) {
    case 'file-too-large':
      return sendError(
        reply,
        413,
        ApiErrorCode.FileTooLarge,
        `A file is larger than ${refusal.maxBytes} bytes`,
      );
    case 'wrong-type':
      return sendError(
        reply,
        415,
        ApiErrorCode.FileWrongType,
        `A file's content is not one of: ${refusal.allowed.join(', ')}`,
      );
    case 'too-many-files':
      return sendError(reply, 400, ApiErrorCode.TooManyFiles, `At most ${refusal.maxFiles} files`);
    case 'not-multipart':
      return sendError(reply, 400, ApiErrorCode.BadRequest, 'Send the form as multipart/form-data');
    case 'malformed':
      return sendError(reply, 400, ApiErrorCode.BadRequest, 'The multipart/form-data body is malformed');
    case 'field-too-large':
      return sendError(
        reply,
        400,
        ApiErrorCode.BadRequest,
        `The field ${refusal.field} is too long`,
      );
    case 'too-many-fields':
      return sendError(reply, 400, ApiErrorCode.BadRequest, 'Too many form fields');
    case 'empty-file':
      return sendError(reply, 400, ApiErrorCode.BadRequest, 'A file is empty');
    default: {
      const never: never = refusal;
      return never;
    }
  }
}
