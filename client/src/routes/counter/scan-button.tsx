import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The part of the Barcode Detection API we use; not in TypeScript's DOM types yet. */
type BarcodeDetectorLike = {
  detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]>;
};
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

function detectorClass(): BarcodeDetectorConstructor | null {
  const candidate = (window as unknown as { BarcodeDetector?: BarcodeDetectorConstructor })
    .BarcodeDetector;
  return candidate ?? null;
}

/**
 * Scans a QR code or barcode with the camera where the browser can (Chrome on Android);
 * elsewhere it is not shown at all, and typing the code always works.
 */
export function ScanButton({ onCode }: { onCode: (text: string) => void }) {
  const { t } = useTranslation();
  const [isScanning, setScanning] = useState(false);
  const [failed, setFailed] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const Detector = detectorClass();

  useEffect(() => {
    if (!isScanning || !Detector) return;
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let isStopped = false;
    const detector = new Detector({ formats: ['qr_code', 'code_128', 'code_39', 'ean_13'] });
    const stop = () => {
      isStopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
    const look = async () => {
      if (isStopped || !video.current) return;
      const [found] = await detector.detect(video.current).catch(() => []);
      if (found) {
        onCode(found.rawValue);
        setScanning(false);
        return;
      }
      timer = window.setTimeout(() => void look(), 250);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (media) => {
        stream = media;
        if (isStopped || !video.current) return stop();
        video.current.srcObject = media;
        await video.current.play();
        await look();
      })
      .catch(() => {
        setFailed(true);
        setScanning(false);
      });
    return stop;
  }, [isScanning, Detector, onCode]);

  if (!Detector) return null;
  return (
    <div className="counter-scan">
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={isScanning}
        onClick={() => {
          setFailed(false);
          setScanning(!isScanning);
        }}
      >
        {isScanning ? t('counter.scan.stop') : t('counter.scan.start')}
      </button>
      {isScanning ? (
        <video
          ref={video}
          className="counter-scan__video"
          aria-label={t('counter.scan.video')}
          muted
          playsInline
        />
      ) : null}
      {failed ? <p className="field__error">{t('counter.scan.unavailable')}</p> : null}
    </div>
  );
}
