import {
  type ImageProfileName,
  imageProfiles,
  uploadSizeFor,
} from '@e-galleria/shared/image-profiles';

/** The browser's own JPEG quality; the server encodes every rendition again at 80. */
const jpegQuality = 0.9;

/**
 * A JPEG photo shrunk in the browser to the pixels the profile's renditions need
 * (`uploadSizeFor`), upright and without its metadata, so a phone sends a few hundred kB
 * instead of 3–10 MB over a village's mobile connection, and a photo above the server's
 * 5 MB can be uploaded at all (decision 0062). Anything else is returned as it is, for the
 * server to judge: other formats (a PNG logo may be transparent), photos already small
 * enough, a browser that cannot decode or encode it, and a result no smaller than the file.
 */
export async function shrinkPhotoForUpload(file: File, profile: ImageProfileName): Promise<File> {
  if (file.type !== 'image/jpeg' || typeof createImageBitmap !== 'function') return file;
  let bitmap: ImageBitmap | null = null;
  try {
    // Upright as the camera meant it: the EXIF orientation is applied here, because the
    // canvas below writes none.
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const size = uploadSizeFor(imageProfiles[profile], bitmap);
    if (!size) return file;
    const shrunk = await drawAsJpeg(bitmap, size);
    if (!shrunk || shrunk.size >= file.size) return file;
    return new File([shrunk], file.name.replace(/\.[^.]*$/, '') + '.jpg', {
      type: 'image/jpeg',
      lastModified: file.lastModified,
    });
  } catch {
    return file;
  } finally {
    bitmap?.close();
  }
}

async function drawAsJpeg(
  bitmap: ImageBitmap,
  size: { width: number; height: number },
): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  const blob = await new Promise<Blob | null>((resolve) =>
    canvas.toBlob(resolve, 'image/jpeg', jpegQuality),
  );
  // A phone keeps a canvas's pixels until it is collected; let them go now.
  canvas.width = 0;
  canvas.height = 0;
  return blob;
}
