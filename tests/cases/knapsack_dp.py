# 0/1 knapsack and coin change with dynamic programming on lists.


def knapsack(weights: list[int], values: list[int], cap: int) -> int:
    best = [0] * (cap + 1)
    for i in range(len(weights)):
        w = weights[i]
        for c in range(cap, w - 1, -1):
            cand = best[c - w] + values[i]
            if cand > best[c]:
                best[c] = cand
    return best[cap]


def coin_ways(coins: list[int], amount: int) -> int:
    ways = [0] * (amount + 1)
    ways[0] = 1
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    return ways[amount]


def min_coins(coins: list[int], amount: int) -> int:
    big = amount + 1
    dp = [big] * (amount + 1)
    dp[0] = 0
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and dp[a - coin] + 1 < dp[a]:
                dp[a] = dp[a - coin] + 1
    return dp[amount] if dp[amount] != big else -1


def main() -> None:
    w = [12, 2, 1, 1, 4, 7, 3, 9]
    v = [4, 2, 1, 2, 10, 13, 5, 11]
    for cap in [0, 1, 5, 10, 15, 20, 39]:
        print(cap, knapsack(w, v, cap))
    print(coin_ways([1, 2, 5], 5), coin_ways([1, 5, 10, 25, 50], 100), coin_ways([2], 3))
    print(min_coins([1, 5, 10, 25], 63), min_coins([2], 3), min_coins([3, 7], 29))


if __name__ == "__main__":
    main()
