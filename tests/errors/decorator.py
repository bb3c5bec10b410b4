# error: decorator
def register(f):
    print("registering")
    return f


@register
def hello() -> None:
    print("hello")


if __name__ == "__main__":
    hello()
