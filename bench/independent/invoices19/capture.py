# "paper" captures: cyber-cafe scans and phone photos made from a rendered PDF.
# Every geometric step is a 3x3 matrix so text positions in the PDF can be mapped into the image.
import numpy as np, cv2, io, random
from PIL import Image, ImageFilter
import pypdfium2 as pdfium

def render_pages(pdf, dpi):
    doc = pdfium.PdfDocument(pdf); out = []
    for i in range(len(doc)):
        pg = doc[i]; w, h = pg.get_size()
        out.append((pg.render(scale=dpi / 72).to_pil().convert('RGB'), w, h))
    doc.close()
    return out

def base_matrix(dpi, hpt):
    s = dpi / 72.0
    return np.array([[s, 0, 0], [0, -s, hpt * s], [0, 0, 1]], float)  # pdf pt -> pixel

def scan_page(img, R, gray=True, dpi=150):
    a = np.array(img)
    h, w = a.shape[:2]
    ang = R.uniform(-1.6, 1.6)
    f = R.uniform(0.7, 1.0)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M3 = np.vstack([M, [0, 0, 1]])
    S = np.diag([f, f, 1.0])
    T = np.array([[1, 0, R.uniform(-12, 12)], [0, 1, R.uniform(-10, 14)], [0, 0, 1]])
    A = S @ T @ M3
    W2, H2 = int(w * f), int(h * f)
    bg = (R.randint(215, 245),) * 3
    out = cv2.warpAffine(a, A[:2], (W2, H2), flags=cv2.INTER_AREA, borderValue=bg)
    out = out.astype(np.float32)
    out = out * R.uniform(0.9, 1.0) + R.uniform(0, 18)
    # faint vertical streak + dark scanner edge
    x = R.randint(0, W2 - 3); out[:, x:x + 2] *= 0.93
    out[:, :R.randint(4, 14)] *= 0.55
    out += np.random.default_rng(R.randint(0, 10**6)).normal(0, R.uniform(4, 11), out.shape[:2])[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    im = Image.fromarray(out)
    if gray: im = im.convert('L')
    im = im.filter(ImageFilter.GaussianBlur(R.uniform(0.3, 0.8)))
    return im, A

def photo_page(img, R):
    a = np.array(img); h, w = a.shape[:2]
    CW, CH = int(w * 1.25), int(h * 1.2)
    yy, xx = np.mgrid[0:CH, 0:CW]
    base = np.array(R.choice([(118, 86, 60), (150, 150, 145), (60, 62, 70), (170, 140, 105)]), float)
    bg = base[None, None, :] * (0.85 + 0.15 * np.sin(xx[..., None] / R.uniform(9, 30))) 
    bg += np.random.default_rng(R.randint(0, 10**6)).normal(0, 6, (CH, CW, 1))
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda s: R.uniform(-s, s)
    mx, my = (CW - w) / 2, (CH - h) / 2
    dst = np.float32([[mx + j(40) + w * 0.04, my + j(30)], [mx + w + j(40) - w * 0.03, my + j(30) + h * 0.01],
                      [mx + w + j(40) + w * 0.05, my + h + j(30)], [mx + j(40) - w * 0.04, my + h + j(30) - h * 0.01]])
    Hm = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, Hm, (CW, CH), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.uint8) * 255, Hm, (CW, CH)) > 0
    out = np.where(mask[..., None], warped.astype(float), bg)
    # uneven light: linear gradient plus a soft shadow blob
    gx, gy = R.uniform(-0.35, 0.35), R.uniform(-0.35, 0.35)
    light = 1 + gx * (xx / CW - 0.5) + gy * (yy / CH - 0.5)
    cx, cy, rad = R.uniform(0, CW), R.uniform(0, CH), R.uniform(0.25, 0.5) * CW
    light -= R.uniform(0.12, 0.3) * np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * rad ** 2))
    tint = np.array([1.0, R.uniform(0.96, 1.0), R.uniform(0.86, 0.95)])
    out = out * light[..., None] * tint
    out = np.clip(out, 0, 255).astype(np.uint8)
    im = Image.fromarray(out).filter(ImageFilter.GaussianBlur(R.uniform(0.6, 1.2)))
    return im, Hm

def map_box(A, box):
    # A: 3x3 pdf-pt -> final pixel; box (l,b,r,t) in pdf pts -> pixel bbox
    pts = np.array([[box[0], box[1], 1], [box[2], box[1], 1], [box[2], box[3], 1], [box[0], box[3], 1]], float).T
    q = A @ pts; q = q[:2] / q[2]
    return q[0].min(), q[1].min(), q[0].max(), q[1].max()

def save_jpeg(im, path, R, q=None):
    im.convert('RGB').save(path, 'JPEG', quality=q or R.randint(45, 78), subsampling=2 if R.random() < 0.7 else 0)

def images_to_pdf(ims, path, dpi):
    ims = [i.convert('RGB') if i.mode not in ('L', 'RGB') else i for i in ims]
    # JPEG-compress each page as a cyber cafe scanner would
    frames = []
    for im in ims:
        b = io.BytesIO(); im.save(b, 'JPEG', quality=60); b.seek(0); frames.append(Image.open(b))
    frames[0].save(path, 'PDF', save_all=True, append_images=frames[1:], resolution=dpi)
