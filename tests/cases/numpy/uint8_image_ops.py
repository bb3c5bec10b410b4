# A tiny uint8 "image": brightness with wrap, clamped via int64, thresholding.
import numpy as np


def brighten_clamped(img: "u8[:, :]", d: int) -> "u8[:, :]":
    wide = img.astype(np.int64) + d
    return np.clip(wide, 0, 255).astype(np.uint8)


def main() -> None:
    img = np.zeros((4, 6), dtype=np.uint8)
    for i in range(4):
        for j in range(6):
            img[i, j] = (i * 60 + j * 25) % 256
    print(img)
    print(img + 100)
    print(brighten_clamped(img, 100))
    print(img > 128)
    print((img // 2) * 2 == img)
    inv = 255 - img
    print(inv)
    print(img.max(), img.min(), img.sum(), img.mean())
    flipped = img[::-1, ::-1].copy()
    print(flipped[0], flipped.T.shape)


if __name__ == "__main__":
    main()
