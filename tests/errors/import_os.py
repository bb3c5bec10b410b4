# error: module 'os' is not supported
import os


def cwd() -> str:
    return os.getcwd()


print(len(cwd()) > 0)
