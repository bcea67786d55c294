// Camera check-in: reads an itinerary's QR code with the phone's camera and submits it in the page's own form, the
// same form a person types or pastes a code into. BarcodeDetector where the browser has it, else jsQR (lib/jsqr).
(() => {
    const form = document.querySelector('[data-scan-form]');
    const video = document.querySelector('[data-scan-video]');
    const start = document.querySelector('[data-scan-start]');
    const status = document.querySelector('[data-scan-status]');
    if (!form || !video || !start || !status || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        return;
    }

    const input = form.querySelector('input[name=code]');
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    let detector = null;
    let stream = null;
    if ('BarcodeDetector' in window) {
        try {
            detector = new window.BarcodeDetector({ formats: ['qr_code'] });
        } catch {
            detector = null;
        }
    }

    async function read() {
        if (detector) {
            try {
                const codes = await detector.detect(video);
                return codes.length > 0 ? codes[0].rawValue : null;
            } catch {
                detector = null;
            }
        }

        const width = video.videoWidth;
        const height = video.videoHeight;
        if (!width || !height || typeof window.jsQR !== 'function') {
            return null;
        }

        canvas.width = width;
        canvas.height = height;
        context.drawImage(video, 0, 0, width, height);
        const code = window.jsQR(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: 'attemptBoth' });
        return code ? code.data : null;
    }

    async function look() {
        if (!stream) {
            return;
        }

        const code = await read();
        if (code) {
            stream.getTracks().forEach(track => track.stop());
            stream = null;
            input.value = code;
            status.textContent = status.dataset.found;
            form.requestSubmit();
            return;
        }

        setTimeout(look, 150);
    }

    start.hidden = false;
    start.addEventListener('click', async () => {
        try {
            stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        } catch {
            status.textContent = status.dataset.denied;
            return;
        }

        video.srcObject = stream;
        video.hidden = false;
        start.hidden = true;
        await video.play();
        status.textContent = status.dataset.looking;
        look();
    });
})();
