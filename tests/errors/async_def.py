# error: async functions are not supported


async def fetch(n: int) -> int:
    return n
