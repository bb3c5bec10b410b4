# A tokenizer and shunting-yard evaluator for integer/float arithmetic expressions in strings.


def tokenize(s: str) -> list[str]:
    toks: list[str] = []
    num = ""
    for ch in s:
        if "0" <= ch <= "9" or ch == ".":
            num += ch
        else:
            if num != "":
                toks.append(num)
                num = ""
            if ch in "+-*/()":
                toks.append(ch)
    if num != "":
        toks.append(num)
    return toks


def prec(op: str) -> int:
    return 2 if op in "*/" else 1


def apply(vals: list[float], op: str) -> None:
    b = vals.pop()
    a = vals.pop()
    if op == "+":
        vals.append(a + b)
    elif op == "-":
        vals.append(a - b)
    elif op == "*":
        vals.append(a * b)
    else:
        vals.append(a / b)


def evaluate(s: str) -> float:
    vals: list[float] = []
    ops: list[str] = []
    for t in tokenize(s):
        if t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                apply(vals, ops.pop())
            ops.pop()
        elif t in "+-*/":
            while len(ops) > 0 and ops[-1] != "(" and prec(ops[-1]) >= prec(t):
                apply(vals, ops.pop())
            ops.append(t)
        else:
            vals.append(float(t))
    while len(ops) > 0:
        apply(vals, ops.pop())
    return vals[0]


def main() -> None:
    for e in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 0.5", "2 * (3 + 4) * (5 - 1)", "7 / 0.1", "1 - 2 - 3", "8 / 2 / 2"]:
        print(f"{e:<22} = {evaluate(e)}", tokenize(e))
    print(evaluate("1 / (2 - 2)"))


if __name__ == "__main__":
    main()
