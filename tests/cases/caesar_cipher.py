# Caesar and Vigenere ciphers with chr/ord arithmetic.


def shift_char(c: str, k: int) -> str:
    if "a" <= c <= "z":
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    if "A" <= c <= "Z":
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    return c


def caesar(s: str, k: int) -> str:
    return "".join([shift_char(c, k) for c in s])


def vigenere(s: str, key: str, sign: int) -> str:
    out = ""
    j = 0
    for c in s:
        if "a" <= c <= "z":
            out += shift_char(c, sign * (ord(key[j % len(key)]) - ord("a")))
            j += 1
        else:
            out += c
    return out


def main() -> None:
    msg = "Hello, World! The quick brown fox jumps over the lazy dog."
    for k in [0, 1, 3, 13, 25, -1, 52]:
        print(k, caesar(msg, k))
    print(caesar(caesar(msg, 13), 13) == msg)
    enc = vigenere("attack at dawn", "lemon", 1)
    print(enc, vigenere(enc, "lemon", -1))


if __name__ == "__main__":
    main()
